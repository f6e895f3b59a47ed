package org.performanceledger.infra.axon;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.performanceledger.command.indicator.Indicator;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.register.IndicatorRegisterProjection;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Axon's message handling: which aggregates and projections exist, how commands are validated, and how the
 * caller's provenance travels from the command into every event it causes.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    /** The ledger's clock: every recording time comes from here, never from a caller. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConfigurerModule ledgerAggregates(Clock clock) {
        return configurer -> {
            // Axon stamps event timestamps from this static clock; make it the ledger's.
            GenericEventMessage.clock = clock;
            configurer.configureAggregate(Indicator.class);
        };
    }

    /** Lets Axon's Spring snapshotter rebuild aggregates that are not Spring beans. */
    @Bean
    AggregateFactory<Indicator> indicatorAggregateFactory() {
        return new GenericAggregateFactory<>(Indicator.class);
    }

    @Bean
    IndicatorRegisterProjection indicatorRegisterProjection(MongoDatabase ledgerDatabase) {
        return new IndicatorRegisterProjection(ledgerDatabase);
    }

    /** Commands are checked against their Jakarta constraints whoever sends them: web, import or test. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> beanValidationInterceptor() {
        return new BeanValidationInterceptor<>();
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
