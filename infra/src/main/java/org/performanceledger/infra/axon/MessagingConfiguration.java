package org.performanceledger.infra.axon;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
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
import org.performanceledger.query.batch.FlushPendingWrites;
import org.performanceledger.query.audit.AuditTrailProjection;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.performanceledger.query.history.IndicatorRecordQueries;
import org.performanceledger.query.history.PeriodReportQueries;
import org.performanceledger.query.history.ReportQueries;
import org.performanceledger.query.organisations.OrganisationDirectoryProjection;
import org.performanceledger.query.register.IndicatorRegisterProjection;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.performanceledger.infra.LedgerProperties;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

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

    @Bean
    ConfigurerModule ledgerAggregates(Clock clock, LedgerProperties properties) {
        int snapshotThreshold = properties.eventStore().snapshotThreshold();
        return configurer -> {
            // Axon stamps event timestamps from this static clock; make it the ledger's.
            GenericEventMessage.clock = clock;
            for (Class<?> aggregate : List.of(Organisation.class, Indicator.class, IndicatorYear.class)) {
                configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(aggregate)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                snapshotThreshold)));
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
     * Let Axon's Spring snapshotter rebuild aggregates that are not Spring beans. Their models are inspected with the
     * application's resolvers, so handler parameters such as {@link LedgerDirectory} resolve as they do for commands.
     */
    @Bean
    AggregateFactory<Indicator> indicatorAggregateFactory(ParameterResolverFactory resolvers,
                                                          HandlerDefinition handlers) {
        return aggregateFactory(Indicator.class, resolvers, handlers);
    }

    @Bean
    AggregateFactory<IndicatorYear> indicatorYearAggregateFactory(ParameterResolverFactory resolvers,
                                                                  HandlerDefinition handlers) {
        return aggregateFactory(IndicatorYear.class, resolvers, handlers);
    }

    @Bean
    AggregateFactory<Organisation> organisationAggregateFactory(ParameterResolverFactory resolvers,
                                                                HandlerDefinition handlers) {
        return aggregateFactory(Organisation.class, resolvers, handlers);
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
        return new ViewStores(
                ViewShapes.live(ledgerDatabase, tokens, IndicatorRegisterProjection.PROCESSING_GROUP,
                        IndicatorRegisterProjection.SHAPE, IndicatorRegisterProjection.COLLECTIONS, List.of()),
                ViewShapes.live(ledgerDatabase, tokens, OrganisationDirectoryProjection.PROCESSING_GROUP,
                        OrganisationDirectoryProjection.SHAPE, OrganisationDirectoryProjection.COLLECTIONS, List.of()),
                ViewShapes.live(ledgerDatabase, tokens, IndicatorHistoryProjection.PROCESSING_GROUP,
                        IndicatorHistoryProjection.SHAPE, IndicatorHistoryProjection.COLLECTIONS,
                        IndicatorHistoryProjection.RETIRED_COLLECTIONS),
                ViewShapes.live(ledgerDatabase, tokens, AuditTrailProjection.PROCESSING_GROUP,
                        AuditTrailProjection.SHAPE, AuditTrailProjection.COLLECTIONS, List.of()));
    }

    @Bean
    IndicatorRegisterProjection indicatorRegisterProjection(ViewStores views) {
        return new IndicatorRegisterProjection(views.register());
    }

    @Bean
    OrganisationDirectoryProjection organisationDirectoryProjection(ViewStores views) {
        return new OrganisationDirectoryProjection(views.directory());
    }

    @Bean
    IndicatorHistoryProjection indicatorHistoryProjection(ViewStores views) {
        return new IndicatorHistoryProjection(views.history());
    }

    @Bean
    AuditTrailProjection auditTrailProjection(ViewStores views) {
        return new AuditTrailProjection(views.audit());
    }

    @Bean
    ReportQueries reportQueries(ViewStores views, Clock clock) {
        return new ReportQueries(views.history(), clock);
    }

    @Bean
    PeriodReportQueries periodReportQueries(ViewStores views, Clock clock) {
        return new PeriodReportQueries(views.history(), clock);
    }

    @Bean
    IndicatorRecordQueries indicatorRecordQueries(ViewStores views) {
        return new IndicatorRecordQueries(views.history());
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
