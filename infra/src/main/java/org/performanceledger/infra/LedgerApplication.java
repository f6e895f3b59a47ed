package org.performanceledger.infra;

import org.performanceledger.infra.mongo.EmbeddedMongoStartupException;
import org.performanceledger.infra.mongo.MongoServerMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Performance Ledger: web API, command and query sides, on MongoDB (embedded unless a URI is configured). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication {

    public static void main(String[] args) throws InterruptedException {
        try {
            if (MongoServerMode.requested(args)) {
                MongoServerMode.run(args);
                return;
            }
            SpringApplication.run(LedgerApplication.class, args);
        } catch (RuntimeException failure) {
            // Spring Boot has already reported why; exit with the failure's own code even if a thread lingers.
            System.exit(exitCodeOf(failure));
        }
    }

    static int exitCodeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedMongoStartupException startup) {
                return startup.getExitCode();
            }
        }
        return 1;
    }
}
