package org.performanceledger.infra.events;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.infra.axon.Upcasters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision-1 registration, as the foundation stored it, still reads: as a revision-2 event with a definition. */
class IndicatorRegisteredUpcastingTest {

    @Test
    void aRevision1RegistrationReadsAsADefinitionWithTheDefaults() throws IOException {
        String revision1 = Files.readString(Path.of("src/test/resources/event-schemas/legacy/IndicatorRegistered.r1.json"));
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Indicator", "southend:CP 1.2", 0,
                "e1", "2026-11-22T17:41:03.374Z", IndicatorRegistered.class.getName(), "1", revision1, "{}");

        DomainEventMessage<?> read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                JacksonSerializer.defaultSerializer(), Upcasters.chain()).asStream().findFirst().orElseThrow();

        assertThat(read.getPayload()).isEqualTo(new IndicatorRegistered("southend", "CP 1.2",
                IndicatorDefinition.of("People helped", null, Polarity.MAXIMISE), null));
    }
}
