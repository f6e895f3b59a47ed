package org.performanceledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.performanceledger.infra.LedgerProperties;
import org.performanceledger.infra.eventstore.EventStoreSealer;
import org.performanceledger.infra.eventstore.EventStoreVerifier;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.performanceledger.infra.mongo.DurabilityBarrier;
import org.performanceledger.infra.replay.Projections;
import org.performanceledger.query.LedgerViews;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The one place that decides how events and tracking tokens are stored: the ledger's own MongoDB storage engine
 * (docs/adr/0004) with its sealer and verifier, and the ledger's token store. Every serializer involved is Jackson;
 * none falls back to XStream.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    LedgerEventStorageEngine eventStorageEngine(MongoDatabase ledgerDatabase,
                                                @Qualifier("eventSerializer") Serializer eventSerializer,
                                                ObjectMapper objectMapper,
                                                Configuration axonConfiguration,
                                                Clock clock,
                                                LedgerProperties properties,
                                                DurabilityBarrier durabilityBarrier) {
        LedgerProperties.EventStore settings = properties.eventStore();
        return new LedgerEventStorageEngine(ledgerDatabase, eventSerializer, snapshotSerializer(objectMapper),
                axonConfiguration.upcasterChain(), clock, settings.gapWindow(), settings.batchSize(),
                durabilityBarrier);
    }

    @Bean
    EventStoreSealer eventStoreSealer(MongoDatabase ledgerDatabase, LedgerEventStorageEngine engine, Clock clock,
                                      LedgerProperties properties) {
        LedgerProperties.EventStore settings = properties.eventStore();
        return new EventStoreSealer(ledgerDatabase, engine, clock, settings.gapWindow(), settings.checkpointSize());
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    SealingSchedule sealingSchedule(EventStoreSealer sealer, LedgerProperties properties) {
        return new SealingSchedule(sealer, properties.eventStore().sealInterval());
    }

    @Bean
    EventStoreVerifier eventStoreVerifier(MongoDatabase ledgerDatabase, LedgerEventStorageEngine engine,
                                          EventStoreSealer sealer, Clock clock) {
        return new EventStoreVerifier(ledgerDatabase, engine, sealer, clock);
    }

    @Bean
    Projections projections(EventProcessingConfiguration processing, EventStore eventStore,
                            LedgerEventStorageEngine engine, ViewStores views, LedgerProperties properties,
                            TokenStore tokenStore) {
        Function<String, OptionalLong> storedPositions = processor -> OptionalLong.empty();
        TokenStore catchUpTokens = tokenStore;
        if (tokenStore instanceof MongoTokenStore mongoTokens) {
            storedPositions = mongoTokens::positionBuiltElsewhere;
            catchUpTokens = mongoTokens.claimingAs("catch-up in one read");
        }
        return new Projections(processing, eventStore, engine, LedgerViews.ALL.stream()
                .map(view -> new Projections.View(view.name(), views.of(view.name()), view.projection(),
                        view.collections())).toList(),
                properties.projections().rebuildBatchSize(), storedPositions, catchUpTokens);
    }

    /**
     * Views far behind the store at start are caught up by one reader in long batches, claimed before their live
     * processors start (which Axon starts in phase {@link Phase#INBOUND_EVENT_CONNECTORS}); see CatchUpInOneRead.
     */
    @Bean
    ConfigurerModule catchUpInOneReadBeforeTheLiveProcessors(ObjectProvider<Projections> projections) {
        return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> projections.getObject().catchUpViewsFarBehind());
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
