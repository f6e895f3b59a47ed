package org.performanceledger.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.YearBasis;
import org.performanceledger.infra.LedgerApplication;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A realistic event store, written straight through the ledger's own storage engine (the events its commands would
 * have recorded, with their recording times in the past): councils of 60 monthly indicators with ten years of
 * values, targets and corrections, as the report benchmark fills, and one organisation of 1,000 indicators with
 * three years. Events are appended month by month across organisations, so recording times grow with the global
 * index as they do in a real store. The ledger's views are left at the first event: a ledger started on the data
 * directory afterwards catches up from a standing start.
 */
final class CouncilStore {

    static final int INDICATORS = 60;
    static final int YEARS = 10;
    static final int FIRST_YEAR = 2009;
    static final String LARGE = "county-1000";
    static final int LARGE_INDICATORS = 1_000;
    static final int LARGE_FIRST_YEAR = 2016;
    /** The month after the last of the history: the first a benchmark can record a value for. */
    static final YearMonth FIRST_FREE_MONTH = YearMonth.of(FIRST_YEAR + YEARS, 4);
    private static final int UNIT_OF_WORK = 1_000;

    /** What was stored: how many events, and how fast. */
    record Filled(int councils, long events, double seconds, double readPerSecond, double readPerCpuSecond) {
    }

    private final int councils;
    private final Map<String, Long> sequences = new HashMap<>();

    CouncilStore(int councils) {
        this.councils = councils;
    }

    static String council(int n) {
        return String.format(Locale.ROOT, "council-%02d", n);
    }

    static String code(int i) {
        return "CP " + (i / 10 + 1) + "." + (i % 10 + 1);
    }

    static String largeCode(int i) {
        return "I " + (i + 1);
    }

    /**
     * Fills {@code dataDir} through an in-process ledger (no web, its views stopped, no forced writes: the fill is
     * the set-up, not the measurement), then reads the whole store back as a tracking processor would: the baseline a
     * rebuild of the views can at best reach.
     */
    Filled fill(Path dataDir) {
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                "--ledger.data-dir=" + dataDir, "--spring.main.web-application-type=none",
                "--ledger.embedded-mongo.fsync=false", "--logging.file.name=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off")) {
            ledger.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            LedgerEventStorageEngine engine = ledger.getBean(LedgerEventStorageEngine.class);
            long started = System.nanoTime();
            long events = 0;
            List<EventMessage<?>> unit = new ArrayList<>(UNIT_OF_WORK);
            for (YearMonth month = YearMonth.of(FIRST_YEAR, 3); !month.isAfter(FIRST_FREE_MONTH);
                 month = month.plusMonths(1)) {
                List<EventMessage<?>> recorded = eventsRecordedIn(month);
                for (EventMessage<?> event : recorded) {
                    unit.add(event);
                    if (unit.size() == UNIT_OF_WORK) {
                        engine.appendEvents(unit);
                        events += unit.size();
                        unit.clear();
                    }
                }
                if (month.getMonthValue() == 4) {
                    System.out.printf(Locale.ROOT, "  stored %,d events up to %s (%.0f s)%n", events + unit.size(),
                            month, (System.nanoTime() - started) / 1e9);
                }
            }
            engine.appendEvents(unit);
            events += unit.size();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "Filled %,d events (%d councils x %d indicators x %d years, and %s: %,d "
                    + "indicators x 3 years) in %.0f s = %,.0f events/s%n", events, councils, INDICATORS, YEARS,
                    LARGE, LARGE_INDICATORS, seconds, events / seconds);
            long cpu = Cpu.processNanos();
            long readStarted = System.nanoTime();
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
                var iterator = stream.iterator();
                while (iterator.hasNext()) {
                    iterator.next().getPayload();
                    read++;
                }
            }
            double readSeconds = (System.nanoTime() - readStarted) / 1e9;
            double readCpu = (Cpu.processNanos() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "Read back as a processor does: %,d events in %.1f s = %,.0f events/s "
                    + "(%,.0f per cpu-second)%n", read, readSeconds, read / readSeconds, read / readCpu);
            return new Filled(councils, events, seconds, read / readSeconds, read / readCpu);
        }
    }

    /** Every event recorded during {@code month}, in recording order. */
    private List<EventMessage<?>> eventsRecordedIn(YearMonth month) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int o = 0; o < councils; o++) {
            organisation(events, council(o), INDICATORS, FIRST_YEAR, YEARS, month, o, CouncilStore::code);
        }
        organisation(events, LARGE, LARGE_INDICATORS, LARGE_FIRST_YEAR, 3, month, 7, CouncilStore::largeCode);
        events.sort(Comparator.comparing(EventMessage::getTimestamp));
        return events;
    }

    private void organisation(List<EventMessage<?>> events, String org, int indicators, int firstYear, int years,
                              YearMonth month, int salt, java.util.function.IntFunction<String> codes) {
        YearMonth registration = YearMonth.of(firstYear, 3);
        YearMonth end = YearMonth.of(firstYear + years, 4);
        if (month.isBefore(registration) || month.isAfter(end)) {
            return;
        }
        if (month.equals(registration)) {
            Instant at = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            events.add(event("Organisation", org, new OrganisationRegistered(org, "Benchmark " + org, 10), at, org));
            for (int i = 0; i < indicators; i++) {
                String code = codes.apply(i);
                events.add(event("Indicator", org + ":" + code, new IndicatorRegistered(org, code,
                        definition(code, i), null), at.plusSeconds(60 + i), org));
            }
        }
        for (int i = 0; i < indicators; i++) {
            String code = codes.apply(i);
            if (month.getMonthValue() == 4 && month.isBefore(end)) {
                String year = year(month.getYear());
                events.add(event("IndicatorYear", org + ":" + code + ":" + year, new TargetSet(org, code, year,
                                new Target(TargetKind.NUMBER, BigDecimal.valueOf(50 + i % 50), null, null, null),
                                null, null, List.of(), "Plan", "Cabinet", year.substring(0, 4) + "-04", null),
                        month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i), org));
            }
            // The previous month's value, five days after it ended; every tenth corrected twenty days after that.
            YearMonth reported = month.minusMonths(1);
            if (!reported.isBefore(YearMonth.of(firstYear, 4)) && reported.isBefore(end)) {
                String year = year(reported.getMonthValue() >= 4 ? reported.getYear() : reported.getYear() - 1);
                MeasuredValue value = MeasuredValue.of(BigDecimal.valueOf(40 + (salt + i + reported.getMonthValue())
                        % 30));
                Instant recorded = reported.atEndOfMonth().plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .plusSeconds(i);
                String aggregate = org + ":" + code + ":" + year;
                LocalDate due = reported.atEndOfMonth().plusDays(10);
                events.add(event("IndicatorYear", aggregate, new ValueRecorded(org, code, year, reported.toString(),
                        value, null, null, due, false, null), recorded, org));
                if ((i + reported.getMonthValue()) % 10 == 0) {
                    events.add(event("IndicatorYear", aggregate, new ValueCorrected(org, code, year,
                            reported.toString(), MeasuredValue.of(value.number().add(BigDecimal.ONE)), null, null,
                            value, "Restated", null), recorded.plusSeconds(86_400 * 20), org));
                }
            }
        }
    }

    private static IndicatorDefinition definition(String code, int i) {
        return new IndicatorDefinition("Indicator " + code, null, i % 2 == 0 ? Polarity.MAXIMISE : Polarity.MINIMISE,
                null, null, null, Frequency.MONTHLY, YearBasis.FINANCIAL, "Unit " + (i % 5), "Officer " + i,
                "Scrutiny " + (i % 3), "AIM " + (i % 5), null, null);
    }

    static String year(int startYear) {
        return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    private EventMessage<?> event(String type, String aggregateId, Object payload, Instant recordedAt, String org) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.with(ProvenanceKeys.USER_ID, "officer-" + org)
                        .and(ProvenanceKeys.USER_NAME, "Officer of " + org).and(ProvenanceKeys.ROLE, "OFFICER")
                        .and(ProvenanceKeys.SOURCE, "api")
                        .and(ProvenanceKeys.CORRELATION_ID, UUID.randomUUID().toString()),
                UUID.randomUUID().toString(), recordedAt);
    }
}
