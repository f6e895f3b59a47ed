package org.performanceledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.performanceledger.infra.LedgerProperties;
import org.performanceledger.infra.mongo.DurabilityBarrier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;

/**
 * The one place that decides how events and tracking tokens are stored. Today: Axon's MongoDB extension engine
 * (collections {@code domainevents} and {@code snapshotevents}) behind the durability barrier, and the ledger's own
 * token store. Every serializer involved is Jackson; none falls back to XStream.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(MongoClient client,
                                          LedgerProperties properties,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectMapper objectMapper,
                                          DurabilityBarrier durabilityBarrier,
                                          Configuration axonConfiguration) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer(objectMapper))
                .upcasterChain(axonConfiguration.upcasterChain())
                .build();
        engine.ensureIndexes();
        return new DurableEventStorageEngine(engine, durabilityBarrier);
    }

    @Bean
    TokenStore tokenStore(MongoDatabase ledgerDatabase, Serializer serializer, Clock clock) {
        return new MongoTokenStore(ledgerDatabase.getCollection(MongoTokenStore.COLLECTION), serializer, clock,
                ManagementFactory.getRuntimeMXBean().getName(), Duration.ofSeconds(10));
    }

    /**
     * Snapshots hold an aggregate's private state, which has no getters: this serializer reads and writes fields,
     * so aggregates need no Jackson annotations in the command side.
     */
    private static Serializer snapshotSerializer(ObjectMapper objectMapper) {
        ObjectMapper fieldMapper = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fieldMapper).build();
    }
}
