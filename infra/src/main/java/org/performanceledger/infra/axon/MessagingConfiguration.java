package org.performanceledger.infra.axon;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.indicator.Indicator;
import org.performanceledger.command.indicator.IndicatorRecoding;
import org.performanceledger.command.organisation.Organisation;
import org.performanceledger.command.year.IndicatorYear;
import org.performanceledger.command.year.IndicatorYearCommandHandler;
import org.performanceledger.events.ProvenanceKeys;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.performanceledger.query.LedgerViews;
import org.performanceledger.query.ViewDefinition;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.FlushPendingWrites;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.performanceledger.infra.LedgerProperties;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Axon's message handling: which aggregates and projections exist, how commands are validated, and how the
 * caller's provenance travels from the command into every event it causes.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    /**
     * The ledger's clock: every recording time comes from here, never from a caller. Instants are zone-free; the
     * zone decides calendar days (is a return late?), so it is the UK's.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /** The ledger's aggregates, declared once: each is configured, snapshotted and rebuilt from this list. */
    static final List<Class<?>> AGGREGATES = List.of(Organisation.class, Indicator.class, IndicatorYear.class);

    /**
     * Aggregates whose concurrent commands in this process wait for each other rather than one failing: an indicator's
     * year, which officers write to at the same moment. Axon holds an aggregate's lock from its load to the end of the
     * unit of work, and every return loads its organisation and indicator to check them (LedgerDirectory): locked, all
     * returns of an organisation would queue behind one another, durable flush included, where ADR 5 says different
     * indicators never meet. Organisations and indicators are loaded unlocked; two commands changing the same one at
     * once are still settled by the event store's unique key (the loser gets a ConcurrencyException, 409, as ADR 5
     * describes), and each unit of work loads its own instance, so nothing is shared unguarded.
     */
    static final Set<Class<?>> LOCKED_WHILE_LOADED = Set.of(IndicatorYear.class);

    @Bean
    ConfigurerModule ledgerAggregates(Clock clock, LedgerProperties properties) {
        int snapshotThreshold = properties.eventStore().snapshotThreshold();
        return configurer -> {
            // Axon stamps event timestamps from this static clock; make it the ledger's.
            GenericEventMessage.clock = clock;
            for (Class<?> aggregate : AGGREGATES) {
                AggregateConfigurer<?> aggregateConfigurer = AggregateConfigurer.defaultConfiguration(aggregate)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                snapshotThreshold));
                if (!LOCKED_WHILE_LOADED.contains(aggregate)) {
                    aggregateConfigurer.configureLockFactory(c -> NullLockFactory.INSTANCE);
                }
                configurer.configureAggregate(aggregateConfigurer);
            }
            configurer.registerCommandHandler(c -> new IndicatorRecoding(c.repository(Indicator.class)));
            configurer.registerCommandHandler(c -> new IndicatorYearCommandHandler(c.repository(IndicatorYear.class)));
            // Projections store each batch's writes after its last event, before the processor stores its token.
            configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                    (axon, processor) -> new FlushPendingWrites()));
            Upcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
        };
    }

    /** What command handlers may ask about other aggregates; injected into handler methods by type. */
    @Bean
    LedgerDirectory ledgerDirectory(org.axonframework.config.Configuration axon) {
        return new AggregateLedgerDirectory(axon);
    }


    /**
     * Takes snapshots of the aggregates of {@link #AGGREGATES}. Their models are inspected with the application's
     * resolvers, so handler parameters such as {@link LedgerDirectory} resolve as they do for commands.
     */
    @Bean
    Snapshotter snapshotter(EventStore eventStore, ParameterResolverFactory resolvers, HandlerDefinition handlers) {
        return AggregateSnapshotter.builder().eventStore(eventStore)
                .aggregateFactories(AGGREGATES.stream()
                        .<AggregateFactory<?>>map(type -> aggregateFactory(type, resolvers, handlers)).toList())
                .parameterResolverFactory(resolvers).handlerDefinition(handlers).build();
    }

    private static <A> AggregateFactory<A> aggregateFactory(Class<A> type, ParameterResolverFactory resolvers,
                                                            HandlerDefinition handlers) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(type, resolvers, handlers));
    }

    /**
     * Where each view lives now; shared by its projection, its readers and rebuilds. A view holding documents of an
     * earlier shape is started afresh here, before any processor runs ({@link ViewShapes}).
     */
    @Bean
    ViewStores viewStores(MongoDatabase ledgerDatabase, TokenStore tokenStore) {
        MongoTokenStore tokens = (MongoTokenStore) tokenStore;
        Map<String, ViewStore> stores = new LinkedHashMap<>();
        for (ViewDefinition view : LedgerViews.ALL) {
            stores.put(view.name(), ViewShapes.live(ledgerDatabase, tokens, view.name(), view.shape(),
                    view.collections(), view.retiredCollections()));
        }
        return new ViewStores(stores);
    }

    /**
     * Every view of {@link LedgerViews#ALL}: its projection handled by a pooled processor of its own (one segment,
     * events in batches, each batch's writes stored before its token), and its readers answering queries.
     */
    @Bean
    ConfigurerModule ledgerViews(ViewStores stores, Clock clock, LedgerProperties properties) {
        int batchSize = properties.projections().batchSize();
        return configurer -> {
            Map<String, Object> projections = new LinkedHashMap<>();
            LedgerViews.ALL.forEach(view -> projections.put(view.name(),
                    view.projection().apply(stores.of(view.name()))));
            configurer.eventProcessing(processing -> {
                processing.usingPooledStreamingEventProcessors((axon, builder) -> builder.batchSize(batchSize)
                        .initialSegmentCount(1));
                projections.values().forEach(projection -> processing.registerEventHandler(axon -> projection));
            });
            // A projection answers its own queries (the register, the directory, the audit trail); other readers
            // of a view answer the rest (reports, histories).
            projections.values().forEach(projection -> configurer.registerQueryHandler(axon -> projection));
            for (ViewDefinition view : LedgerViews.ALL) {
                view.readers().forEach(reader ->
                        configurer.registerQueryHandler(axon -> reader.apply(stores.of(view.name()), clock)));
            }
        };
    }

    /** A retried request with the same idempotency key changes nothing the second time. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> idempotencyInterceptor(MongoDatabase ledgerDatabase, Clock clock) {
        return new IdempotencyInterceptor(ledgerDatabase.getCollection(IdempotencyInterceptor.COLLECTION), clock);
    }

    /** Commands have canonical text and are checked against their constraints whoever sends them. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> commandCheckInterceptor() {
        return new CommandCheckInterceptor();
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> provenanceInterceptor() {
        return new ProvenanceDispatchInterceptor();
    }

    /** Replaces Axon's MessageOriginProvider, which would drop the request's correlation id. */
    @Bean
    CorrelationDataProvider provenanceCorrelationDataProvider() {
        return new ProvenanceCorrelationDataProvider();
    }

    /** Event handlers run on processor threads: put the event's correlation id in their log lines too. */
    @Bean
    MessageHandlerInterceptor<EventMessage<?>> correlationIdLogging() {
        return (unitOfWork, chain) -> {
            Object correlationId = unitOfWork.getMessage().getMetaData().get(ProvenanceKeys.CORRELATION_ID);
            try (MDC.MDCCloseable ignored = MDC.putCloseable(ProvenanceKeys.CORRELATION_ID,
                    correlationId == null ? null : correlationId.toString())) {
                return chain.proceed();
            }
        };
    }
}
