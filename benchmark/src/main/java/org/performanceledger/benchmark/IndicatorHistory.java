package org.performanceledger.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.performanceledger.command.indicator.IndicatorId;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The events of 50 councils x 60 indicators, each aggregate's sequence contiguous from 0 as the store requires.
 * Events land on aggregates at random (seeded, so every run stores the same histories), as months of different
 * councils interleave in the real global order. Every event is an {@link IndicatorRegistered} with a full
 * definition (the store never looks inside payloads, so one realistic event type stands for all), carrying the
 * provenance metadata the application stamps on every event.
 */
final class IndicatorHistory {

    private static final int ORGANISATIONS = 50;
    private static final int INDICATORS_PER_ORGANISATION = 60;
    private static final Polarity[] POLARITIES = Polarity.values();

    private final List<IndicatorRegistered> indicators = new ArrayList<>();
    private final long[] nextSequence;
    private final Random random = new Random(42);
    private long generated;

    IndicatorHistory() {
        for (int organisation = 1; organisation <= ORGANISATIONS; organisation++) {
            for (int indicator = 1; indicator <= INDICATORS_PER_ORGANISATION; indicator++) {
                IndicatorDefinition definition = IndicatorDefinition.ofFields(Map.ofEntries(
                        Map.entry("shortName",
                                "Percentage of household waste sent for reuse, recycling and composting"),
                        Map.entry("description", "Tonnage of household waste collected that is sent for reuse, "
                                + "recycling, composting or anaerobic digestion, as a share of all household "
                                + "waste collected in the period. Source: WasteDataFlow, quarterly return "
                                + indicator + "."),
                        Map.entry("polarity", POLARITIES[indicator % POLARITIES.length]),
                        Map.entry("basis", Basis.CUMULATIVE_YTD), Map.entry("unit", IndicatorDefinition.PERCENT),
                        Map.entry("decimalPlaces", 1), Map.entry("frequency", Frequency.MONTHLY),
                        Map.entry("yearBasis", YearBasis.FINANCIAL),
                        Map.entry("responsibleUnit", "Department for Place"),
                        Map.entry("managedBy", "Head of Waste Services"),
                        Map.entry("scrutinyCommittee", "Place Scrutiny Committee"),
                        Map.entry("corporateAim", "CLEAN"), Map.entry("yearIntroduced", "2018-19"),
                        Map.entry("externalReference", "NI 192")));
                indicators.add(new IndicatorRegistered(String.format(Locale.ROOT, "council-%02d", organisation),
                        String.format(Locale.ROOT, "CP %d.%d", indicator / 10 + 1, indicator % 10), definition,
                        null));
            }
        }
        nextSequence = new long[indicators.size()];
    }

    List<EventMessage<?>> next(int count) {
        List<EventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int aggregate = random.nextInt(indicators.size());
            IndicatorRegistered payload = indicators.get(aggregate);
            events.add(new GenericDomainEventMessage<>("Indicator", aggregateId(payload),
                    nextSequence[aggregate]++, payload)
                    .andMetaData(Map.of("userId", "officer", "userName", "Demo Officer", "role", "OFFICER",
                            "source", "api", "correlationId", UUID.randomUUID().toString())));
        }
        generated += count;
        return events;
    }

    String randomAggregate(Random picker) {
        return aggregateId(indicators.get(picker.nextInt(indicators.size())));
    }

    long generated() {
        return generated;
    }

    private static String aggregateId(IndicatorRegistered indicator) {
        return IndicatorId.of(indicator.organisationId(), indicator.code());
    }
}
