package org.performanceledger.infra;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorRegisterProjection;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stop the ledger and start it again on the same data directory: nothing is lost and nothing is handled twice. */
class RestartTest {

    @Test
    void eventsAndTheReadModelSurviveARestartAndNoEventIsProcessedTwice() {
        Path dataDir = TestData.freshDirectory("restart");
        List<String> codes = List.of("R 1", "R 2", "R 3");

        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(CommandGateway.class).sendAndWait(
                    new RegisterOrganisation("restart-council", "Restart Council", null));
            codes.forEach(code -> register(first, code));
            codes.forEach(code -> awaitInRegister(first, code));
            assertThat(first.getBean(SeenEvents.class).codes()).containsExactlyElementsOf(codes);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            codes.forEach(code -> assertThat(find(second, code)).as("read model entry %s after restart", code)
                    .isPresent());

            register(second, "R 4");
            awaitInRegister(second, "R 4");

            // Events are handled in order: once R 4 is seen, a replay of R 1-3 would already have happened.
            assertThat(second.getBean(SeenEvents.class).codes()).containsExactly("R 4");
            EventStore eventStore = second.getBean(EventStore.class);
            for (String code : List.of("R 1", "R 2", "R 3", "R 4")) {
                assertThat(eventStore.readEvents("restart-council:" + code).asStream().count()).isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(LedgerApplication.class, SeenEventsConfiguration.class)
                .run(TestData.applicationArguments(dataDir));
    }

    private static void register(ConfigurableApplicationContext context, String code) {
        context.getBean(CommandGateway.class)
                .sendAndWait(new RegisterIndicator("restart-council", code, "Indicator " + code, null,
                        Polarity.MAXIMISE));
    }

    private static void awaitInRegister(ConfigurableApplicationContext context, String code) {
        await().atMost(Duration.ofSeconds(15)).until(() -> find(context, code).isPresent());
    }

    private static Optional<IndicatorView> find(ConfigurableApplicationContext context, String code) {
        return context.getBean(QueryGateway.class)
                .query(new FindIndicatorQuery("restart-council", code),
                        ResponseTypes.optionalInstanceOf(IndicatorView.class))
                .join();
    }

    /** Sits in the register's processing group, so it shares its tracking token and sees exactly what it sees. */
    @ProcessingGroup(IndicatorRegisterProjection.PROCESSING_GROUP)
    static class SeenEvents {

        private final List<String> codes = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(IndicatorRegistered event, EventMessage<?> message) {
            codes.add(event.code());
        }

        List<String> codes() {
            return List.copyOf(codes);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SeenEventsConfiguration {

        @Bean
        SeenEvents seenEvents() {
            return new SeenEvents();
        }
    }
}
