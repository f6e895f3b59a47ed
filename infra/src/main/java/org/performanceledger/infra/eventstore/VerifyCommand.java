package org.performanceledger.infra.eventstore;

import org.performanceledger.application.audit.VerificationReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line verification: start the application with {@code --ledger.command=verify} (and, to skip the web
 * server, {@code --spring.main.web-application-type=none}); it prints one line and exits 0 when intact, 2 when not.
 */
@Component
@ConditionalOnProperty(name = "ledger.command", havingValue = "verify")
class VerifyCommand implements ApplicationRunner {

    static final int NOT_INTACT = 2;

    private final EventStoreVerifier verifier;
    private final ConfigurableApplicationContext context;

    VerifyCommand(EventStoreVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        VerificationReport report = verifier.verify();
        System.out.println(report.summary());
        System.out.printf("Verified %d events at %.0f events/s%n", report.eventsChecked(), report.eventsPerSecond());
        int exitCode = report.intact() ? 0 : NOT_INTACT;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
