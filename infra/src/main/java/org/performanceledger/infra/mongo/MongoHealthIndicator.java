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
    private final boolean embedded;

    MongoHealthIndicator(MongoDatabase database, ObjectProvider<EmbeddedMongoServer> embeddedServer) {
        super("MongoDB health check failed");
        this.database = database;
        this.embedded = embeddedServer.getIfAvailable() != null;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document ping = database.runCommand(new Document("ping", 1));
        builder.up()
                .withDetail("database", database.getName())
                .withDetail("mode", embedded ? "embedded" : "external")
                .withDetail("ping", ping.get("ok"));
    }
}
