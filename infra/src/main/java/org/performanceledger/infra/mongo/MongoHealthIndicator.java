package org.performanceledger.infra.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * MongoDB in /actuator/health. Spring Boot's own indicator needs Spring Data; the ledger uses the driver alone,
 * so this one pings the ledger's database and says whether it is the embedded server or an external one.
 */
@Component("mongoHealthIndicator")
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    /** The embedded server, or null when the ledger uses an external MongoDB. */
    private final EmbeddedMongoServer embeddedServer;

    MongoHealthIndicator(MongoDatabase database, ObjectProvider<EmbeddedMongoServer> embeddedServer) {
        super("MongoDB health check failed");
        this.database = database;
        this.embeddedServer = embeddedServer.getIfAvailable();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean embedded = embeddedServer != null;
        if (embedded && !embeddedServer.dataFileOpen()) {
            // A ping would still succeed: the server answers it without the data file.
            builder.down().withDetail("database", database.getName()).withDetail("mode", "embedded")
                    .withDetail("dataFile", "closed after a failure (see the log): restart the ledger");
            return;
        }
        Document ping = database.runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("database", database.getName())
                .withDetail("mode", embedded ? "embedded" : "external")
                .withDetail("ping", ping.get("ok"));
    }
}
