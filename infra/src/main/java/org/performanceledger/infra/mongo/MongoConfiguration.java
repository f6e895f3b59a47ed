package org.performanceledger.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.performanceledger.infra.LedgerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Where the ledger's MongoDB is. With {@code spring.data.mongodb.uri} set, Spring Boot connects to it and writes
 * wait for a journaled majority. Without it, an embedded server starts on the data directory first, and Boot's
 * ordinary MongoDB client is pointed at it through {@link MongoConnectionDetails}.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, LedgerProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoMongoUriConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedMongoServer embeddedMongoServer(LedgerProperties properties) {
            LedgerProperties.EmbeddedMongo embedded = properties.embeddedMongo();
            return EmbeddedMongoServer.start(properties.dataDir(), embedded.host(), embedded.port(), embedded.fsync(),
                    embedded.cacheMb());
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server, LedgerProperties properties) {
            ConnectionString connectionString = new ConnectionString(server.connectionString(properties.database()));
            return () -> connectionString;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MongoUriConfigured.class)
    static class External {

        @Bean
        MongoClientSettingsBuilderCustomizer journaledMajorityWrites() {
            return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }

        @Bean
        @ConditionalOnMissingBean
        DurabilityBarrier writeConcernDurability() {
            return DurabilityBarrier.WRITE_CONCERN;
        }
    }
}
