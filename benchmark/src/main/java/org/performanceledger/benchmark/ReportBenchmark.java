package org.performanceledger.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.performanceledger.query.batch.FlushPendingWrites;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.MonthlyReportQuery;
import org.performanceledger.query.history.ReportQueries;
import org.performanceledger.query.history.ValueHistory;
import org.performanceledger.query.history.ValueHistoryQuery;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Query latency of the reports: the as-of Monthly Performance Report of a 60-indicator council and as-of value
 * histories, on the read model of ten years of monthly history for 50 organisations (360,000 returns with their
 * targets and corrections), filled through the projection's own handlers in batches of 256 events, as the ledger's
 * processor hands them over. Run with {@code reports [organisations]}.
 */
public final class ReportBenchmark {

    private static final int INDICATORS = 60;
    private static final int YEARS = 10;
    private static final int FIRST_YEAR = 2009;
    private static final int REPORTS = 500;
    private static final int HISTORIES = 2_000;
    private static final int WARM_UP = 200;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dataDir = Files.createTempDirectory("ledger-report-benchmark");
        System.out.printf(Locale.ROOT, "Report benchmark: %d organisations x %d indicators x %d years of months; "
                + "data in %s (deleted at the end)%n", organisations, INDICATORS, YEARS, dataDir);
        // Big enough for the read model of 50 councils' ten years, as a MongoDB server's cache would be.
        int cacheMb = Integer.getInteger("cacheMb", 768);
        System.out.printf(Locale.ROOT, "Embedded MongoDB page cache: %d MB (-DcacheMb=...)%n", cacheMb);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false, cacheMb);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoDatabase database = client.getDatabase("ledger");
            fill(new Batches(new AnnotationEventHandlerAdapter(new IndicatorHistoryProjection(database))),
                    organisations);
            // Let the store write out the fill before measuring reads, as a live ledger would have long since.
            server.flush();
            Thread.sleep(Long.getLong("settleMs", 5_000));
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(new ReportQueries(database, Clock.systemUTC())).subscribe(bus);
            measure(DefaultQueryGateway.builder().queryBus(bus).build(), organisations);
        } finally {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Each value recorded five days after its month, targets at the start of each year, every tenth corrected. */
    private static void fill(Batches projection, int organisations) {
        long started = System.nanoTime();
        long events = 0;
        for (int o = 0; o < organisations; o++) {
            String organisation = "council-" + o;
            for (int i = 0; i < INDICATORS; i++) {
                String code = "CP " + (i / 10 + 1) + "." + (i % 10 + 1);
                Instant registered = YearMonth.of(FIRST_YEAR, 3).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                IndicatorDefinition definition = IndicatorDefinition.ofFields(Map.of(
                        "shortName", "Indicator " + code,
                        "polarity", i % 2 == 0 ? Polarity.MAXIMISE : Polarity.MINIMISE,
                        "frequency", org.performanceledger.events.Frequency.MONTHLY,
                        "yearBasis", org.performanceledger.events.YearBasis.FINANCIAL,
                        "responsibleUnit", "Unit " + (i % 5), "managedBy", "Officer " + i,
                        "scrutinyCommittee", "Scrutiny " + (i % 3), "corporateAim", "AIM " + (i % 5)));
                events += handle(projection, new IndicatorRegistered(organisation, code, definition, null),
                        registered);
                for (int y = 0; y < YEARS; y++) {
                    int startYear = FIRST_YEAR + y;
                    String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
                    events += handle(projection, new TargetSet(organisation, code, year, new Target(TargetKind.NUMBER,
                                    BigDecimal.valueOf(50 + i), null, null, null), null, null, List.of(), "Plan",
                                    "Cabinet", startYear + "-04", null),
                            YearMonth.of(startYear, 4).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                    for (int m = 0; m < 12; m++) {
                        YearMonth month = YearMonth.of(startYear, 4).plusMonths(m);
                        Instant recorded = month.atEndOfMonth().plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
                        MeasuredValue value = MeasuredValue.of(BigDecimal.valueOf(40 + (o + i + m) % 30));
                        events += handle(projection, new ValueRecorded(organisation, code, year, month.toString(),
                                value, null, null, null, false, null), recorded);
                        if ((i + m) % 10 == 0) {
                            events += handle(projection, new ValueCorrected(organisation, code, year,
                                    month.toString(), MeasuredValue.of(value.number().add(BigDecimal.ONE)), null,
                                    null, value, "Restated", null), recorded.plusSeconds(86_400 * 20));
                        }
                    }
                }
            }
            projection.flush();
            System.out.printf(Locale.ROOT, "  filled %d organisations, %,d events (%.1f s)%n", o + 1, events,
                    (System.nanoTime() - started) / 1e9);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Fill:        %,d events through the projection in %.1f s = %,.0f events/s%n",
                events, seconds, events / seconds);
    }

    private static int handle(Batches projection, Object event, Instant recordedAt) {
        projection.add(new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                MetaData.with("userId", "officer"), recordedAt));
        return 1;
    }

    /** Hands the projection its events in batches of 256, each in one unit of work, as the ledger's processor does. */
    private static final class Batches {

        private final AnnotationEventHandlerAdapter projection;
        private final List<EventMessage<?>> pending = new ArrayList<>();

        Batches(AnnotationEventHandlerAdapter projection) {
            this.projection = projection;
        }

        void add(EventMessage<?> event) {
            pending.add(event);
            if (pending.size() == 256) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(pending));
            pending.clear();
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                    List.of(new FlushPendingWrites()), message -> projection.canHandle(message)
                    ? projection.handle(message) : null).proceed());
            if (result.isExceptional()) {
                throw new IllegalStateException(result.exceptionResult());
            }
        }
    }

    private static void measure(QueryGateway queries, int organisations) {
        Random random = new Random(42);
        List<Long> reports = new ArrayList<>();
        for (int n = 0; n < REPORTS + WARM_UP; n++) {
            String organisation = "council-" + random.nextInt(organisations);
            YearMonth month = YearMonth.of(FIRST_YEAR + 1, 4).plusMonths(random.nextInt(12 * (YEARS - 1)));
            Instant asOf = month.atEndOfMonth().plusDays(1 + random.nextInt(60)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            long started = System.nanoTime();
            MonthlyReport report = queries.query(new MonthlyReportQuery(organisation, month.toString(), asOf, null),
                    ResponseTypes.optionalInstanceOf(MonthlyReport.class)).join().orElseThrow();
            long took = System.nanoTime() - started;
            if (report.indicators().size() != INDICATORS) {
                throw new IllegalStateException("report with " + report.indicators().size() + " indicators");
            }
            if (n >= WARM_UP) {
                reports.add(took);
            }
        }
        List<Long> histories = new ArrayList<>();
        for (int n = 0; n < HISTORIES + 100; n++) {
            int i = random.nextInt(INDICATORS);
            String code = "CP " + (i / 10 + 1) + "." + (i % 10 + 1);
            YearMonth month = YearMonth.of(FIRST_YEAR, 4).plusMonths(random.nextInt(12 * YEARS));
            long started = System.nanoTime();
            Instant asOf = month.atEndOfMonth().plusDays(10 + random.nextInt(60)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            ValueHistory history = queries.query(new ValueHistoryQuery("council-" + random.nextInt(organisations),
                    code, month.toString(), asOf), ResponseTypes.optionalInstanceOf(ValueHistory.class)).join()
                    .orElseThrow();
            long took = System.nanoTime() - started;
            if (history.versions().isEmpty()) {
                throw new IllegalStateException("empty history for " + code + " " + month);
            }
            if (n >= 100) {
                histories.add(took);
            }
        }
        print("As-of MPR (60 indicators, Sections 1-3)", reports);
        print("As-of value history", histories);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s n=%,d  p50 %.1f ms  p95 %.1f ms  max %.1f ms  (target p95 <= 50 ms: %s)%n",
                what, sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) <= 50_000_000L ? "ok" : "NOT MET");
    }
}
