package org.performanceledger.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.performanceledger.infra.eventstore.EventStoreSealer;
import org.performanceledger.infra.eventstore.EventStoreVerifier;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;
import org.performanceledger.application.audit.VerificationReport;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the ledger's own event store (LedgerEventStorageEngine on the embedded MongoDB, fsync on, as the
 * application runs by default) at several store sizes, to show whether appending, replaying, sealing and verifying
 * stay flat per event as the store grows. Each size gets a fresh data directory, so the sizes do not share caches
 * or files.
 * <p>
 * Run: {@code mvn -B -q -DskipTests package && java -Xmx2g -jar benchmark/target/ledger-benchmark.jar [sizes...]}
 * (default sizes 10000 and 1000000).
 */
public final class EventStoreBenchmark {

    private static final long[] DEFAULT_SIZES = {10_000, 1_000_000};

    // The application's defaults (application.yml and LedgerProperties), so the figures are the ledger's own.
    private static final Duration GAP_WINDOW = Duration.ofSeconds(10);
    private static final int BATCH_SIZE = 256;
    private static final int CHECKPOINT_SIZE = 10_000;

    private static final int FILL_UNIT_OF_WORK = 1_000;
    private static final int APPEND_SAMPLES = 2_000;
    private static final int REPLAY_EVENTS = 20_000;
    private static final int AGGREGATE_LOADS = 50;
    private static final int WARM_UP = 300;

    // Ten years of one council: 60 indicators x 12 months x ~5 events (value, target, commentary, ...).
    private static final long EVENTS_PER_COUNCIL_DECADE = 60L * 12 * 5 * 10;
    private static final int COUNCILS = 50;

    private EventStoreBenchmark() {
    }

    /** {@code events [sizes...]}: the store at each size (default 10,000 and 1,000,000 events). */
    static void main(String[] args) throws IOException {
        long[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Figures figures = new Figures();
        run(sizes, figures);
        System.out.println(figures.tables());
    }

    static void run(long[] sizes, Figures figures) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Ledger event store benchmark: Java %s, %d cores, max heap %d MB, sizes %s%n",
                Runtime.version(), runtime.availableProcessors(), runtime.maxMemory() >> 20, Arrays.toString(sizes));
        List<Result> results = new ArrayList<>();
        for (long size : sizes) {
            results.add(measure(size));
        }
        printComparison(results);
        Result smallest = results.stream().min(Comparator.comparingLong(Result::size)).orElseThrow();
        for (Result result : results) {
            String stored = String.format(Locale.ROOT, "%,d events stored", result.size);
            String baseline = String.format(Locale.ROOT, "%,d stored", smallest.size);
            boolean flat = result == smallest || result.appendP95Micros < 2 * smallest.appendP95Micros;
            figures.add(AREA, "append of one event with its forced write, p95, " + stored,
                    result.appendP95Micros / 1000, "ms", baseline, smallest.appendP95Micros / 1000, "flat (< 2x)",
                    flat);
            figures.add(AREA, "tracking read per event, " + stored, result.replayMicrosPerEvent, "us", baseline,
                    smallest.replayMicrosPerEvent);
            figures.add(AREA, "verification, " + stored, result.verifyPerSecond, "events/s", baseline,
                    smallest.verifyPerSecond);
        }
    }

    private static final String AREA = "Event store (in process, embedded MongoDB with fsync)";

    /** Per-size figures kept for the final comparison. */
    private record Result(long size, double fillPerSecond, double appendMeanMicros, double appendP50Micros,
                          double appendP95Micros, double replayMicrosPerEvent, double aggregateMicrosPerEvent,
                          int tokenBytes, double sealPerSecond, double verifyPerSecond) {
    }

    private static Result measure(long size) throws IOException {
        Path dataDir = Files.createTempDirectory("ledger-benchmark-");
        System.out.printf(Locale.ROOT, "%n=== Store of %,d events ===%n", size);
        System.out.printf("Data directory: %s (%s; deleted at the end)%n", dataDir, Files.getFileStore(dataDir).type());
        Clock clock = Clock.systemUTC();
        Serializer serializer = JacksonSerializer.defaultSerializer();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString("ledger"))) {
            MongoDatabase database = client.getDatabase("ledger");
            LedgerEventStorageEngine engine = new LedgerEventStorageEngine(database, serializer, serializer,
                    NoOpEventUpcaster.INSTANCE, clock, GAP_WINDOW, BATCH_SIZE, server);
            IndicatorHistory history = new IndicatorHistory();

            Filled filled = fill(engine, history, size);
            printDiskUse(dataDir, history.generated());
            double[] append = appendCost(engine, history);
            double replayMicros = replayCost(engine, filled.middle);
            double aggregateMicros = aggregateLoadCost(engine, history);
            int tokenBytes = tokenSize(engine, serializer);

            long stored = history.generated();
            EventStoreSealer sealer = new EventStoreSealer(database, engine, clock, GAP_WINDOW, CHECKPOINT_SIZE);
            long started = System.nanoTime();
            int checkpoints = sealer.sealAll();
            double sealSeconds = seconds(started);
            System.out.printf(Locale.ROOT, "Seal:        %,d events into %d checkpoints in %.2f s = %,.0f events/s%n",
                    stored, checkpoints, sealSeconds, stored / sealSeconds);

            EventStoreVerifier verifier = new EventStoreVerifier(database, engine, sealer, clock);
            started = System.nanoTime();
            VerificationReport report = verifier.verify();
            double verifySeconds = seconds(started);
            System.out.printf(Locale.ROOT, "Verify:      %,d events in %.2f s = %,.0f events/s%n",
                    report.eventsChecked(), verifySeconds, report.eventsChecked() / verifySeconds);
            System.out.println("             " + report.summary());
            if (!report.intact()) {
                throw new IllegalStateException("The benchmark's own store failed verification: " + report.summary());
            }
            return new Result(size, size / filled.seconds, append[0], append[1], append[2], replayMicros,
                    aggregateMicros, tokenBytes, stored / sealSeconds, report.eventsChecked() / verifySeconds);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /** How long filling took, and the recording time of the event in the middle, where the replay later starts. */
    private record Filled(Instant middle, double seconds) {
    }

    /** Fills the store in units of work of {@value #FILL_UNIT_OF_WORK} events, each one durability flush. */
    private static Filled fill(LedgerEventStorageEngine engine, IndicatorHistory history, long size) {
        Instant middle = null;
        long tenth = Math.max(1, size / 10);
        long started = System.nanoTime();
        for (long filled = 0; filled < size; ) {
            int count = (int) Math.min(FILL_UNIT_OF_WORK, size - filled);
            List<EventMessage<?>> unitOfWork = history.next(count);
            if (middle == null && filled + count > size / 2) {
                middle = unitOfWork.get((int) (size / 2 - filled)).getTimestamp();
            }
            engine.appendEvents(unitOfWork);
            long before = filled;
            filled += count;
            if (filled / tenth > before / tenth && filled < size) {
                System.out.printf(Locale.ROOT, "  filled %,d events (%.1f s)%n", filled, seconds(started));
            }
        }
        double fillSeconds = seconds(started);
        System.out.printf(Locale.ROOT, "Fill:        %,d events in units of %,d in %.2f s = %,.0f events/s%n",
                size, FILL_UNIT_OF_WORK, fillSeconds, size / fillSeconds);
        return new Filled(middle, fillSeconds);
    }

    /**
     * One event per unit of work, the way a command appends: every call pays its own commit and fsync, which is
     * what a user waits for. Returns mean, p50 and p95 in microseconds.
     */
    private static double[] appendCost(LedgerEventStorageEngine engine, IndicatorHistory history) {
        for (int i = 0; i < WARM_UP; i++) {
            engine.appendEvents(history.next(1));
        }
        long[] nanos = new long[APPEND_SAMPLES];
        for (int i = 0; i < APPEND_SAMPLES; i++) {
            List<EventMessage<?>> single = history.next(1);
            long started = System.nanoTime();
            engine.appendEvents(single);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1_000.0;
        double p50 = percentile(nanos, 0.50) / 1_000.0;
        double p95 = percentile(nanos, 0.95) / 1_000.0;
        System.out.printf(Locale.ROOT, "Append:      %,d single-event units of work: mean %,.0f us, p50 %,.0f us, "
                        + "p95 %,.0f us, p99 %,.0f us, max %,.0f us per event (%,.0f events/s)%n", APPEND_SAMPLES,
                mean, p50, p95, percentile(nanos, 0.99) / 1_000.0, nanos[nanos.length - 1] / 1_000.0, 1e6 / mean);
        return new double[]{mean, p50, p95};
    }

    /**
     * Tracks from the middle of the store as a replaying processor would, batch by batch from the last token.
     * Payloads and metadata are deserialized lazily, so each is touched: a handler would pay for that too.
     * Returns microseconds per event.
     */
    private static double replayCost(LedgerEventStorageEngine engine, Instant middle) {
        readTracked(engine, null, WARM_UP);

        long started = System.nanoTime();
        TrackingToken token = engine.createTokenAt(middle);
        double tokenAtMillis = seconds(started) * 1_000;

        started = System.nanoTime();
        Tracked tracked = readTracked(engine, token, REPLAY_EVENTS);
        double replaySeconds = seconds(started);
        double micros = replaySeconds * 1e6 / tracked.count;
        System.out.printf(Locale.ROOT, "Replay:      createTokenAt(middle) %.1f ms -> index %,d; %,d events in "
                        + "%.2f s = %.1f us per event (%,.0f events/s)%n", tokenAtMillis,
                ((GapAwareTrackingToken) token).getIndex(), tracked.count, replaySeconds, micros,
                tracked.count / replaySeconds);
        return micros;
    }

    private record Tracked(int count, TrackingToken last) {
    }

    /** Reads up to {@code limit} events (or to the end of the store) from a token, touching every message. */
    private static Tracked readTracked(LedgerEventStorageEngine engine, TrackingToken from, int limit) {
        TrackingToken token = from;
        int count = 0;
        // One stream reads batch after batch up to the head; it is left once the limit is reached.
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
            java.util.Iterator<? extends TrackedEventMessage<?>> events = stream.limit(limit).iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> message = events.next();
                touch(message);
                count++;
                token = message.trackingToken();
            }
        }
        return new Tracked(count, token);
    }

    /**
     * Loads whole aggregate histories as a command handler does (no snapshots). An aggregate's history grows with
     * the store here (size / 3,000 events), so the figure to compare across sizes is the cost per event.
     */
    private static double aggregateLoadCost(LedgerEventStorageEngine engine, IndicatorHistory history) {
        Random random = new Random(7);
        for (int i = 0; i < WARM_UP / 10; i++) {
            loadAggregate(engine, history.randomAggregate(random));
        }
        long events = 0;
        long started = System.nanoTime();
        for (int i = 0; i < AGGREGATE_LOADS; i++) {
            events += loadAggregate(engine, history.randomAggregate(random));
        }
        double loadSeconds = seconds(started);
        double micros = loadSeconds * 1e6 / events;
        System.out.printf(Locale.ROOT, "Aggregate:   %d full histories, mean %.1f events: %.2f ms per aggregate, "
                        + "%.1f us per event%n", AGGREGATE_LOADS, (double) events / AGGREGATE_LOADS,
                loadSeconds * 1_000 / AGGREGATE_LOADS, micros);
        return micros;
    }

    private static int loadAggregate(LedgerEventStorageEngine engine, String aggregateId) {
        DomainEventStream stream = engine.readEvents(aggregateId, 0);
        int count = 0;
        while (stream.hasNext()) {
            touch(stream.next());
            count++;
        }
        return count;
    }

    private static void touch(EventMessage<?> message) {
        if (message.getPayload() == null || message.getMetaData() == null) {
            throw new IllegalStateException("Event " + message.getIdentifier() + " did not deserialize");
        }
    }

    /**
     * The token a processor stores once it has handled the newest event: the figure that matters for a store that
     * keeps growing. The stored form is the serializer's bytes.
     */
    private static int tokenSize(LedgerEventStorageEngine engine, Serializer serializer) {
        long head = ((GapAwareTrackingToken) engine.createHeadToken()).getIndex();
        TrackingToken last = readTracked(engine, GapAwareTrackingToken.newInstance(head - 1, Set.of()), 1).last;
        int bytes = serializer.serialize(last, byte[].class).getData().length;
        System.out.printf(Locale.ROOT, "Token:       after global index %,d the stored token is %d bytes: %s%n",
                head, bytes, serializer.serialize(last, String.class).getData());
        return bytes;
    }

    private static void printComparison(List<Result> results) {
        System.out.printf("%n=== Comparison ===%n");
        System.out.printf(Locale.ROOT, "%12s %12s %10s %10s %10s %11s %11s %7s %11s %11s%n", "events", "fill ev/s",
                "append us", "p50 us", "p95 us", "replay us", "aggr. us", "token B", "seal ev/s", "verify ev/s");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%,12d %,12.0f %10.0f %10.0f %10.0f %11.1f %11.1f %7d %,11.0f %,11.0f%n",
                    r.size, r.fillPerSecond, r.appendMeanMicros, r.appendP50Micros, r.appendP95Micros,
                    r.replayMicrosPerEvent, r.aggregateMicrosPerEvent, r.tokenBytes, r.sealPerSecond,
                    r.verifyPerSecond);
        }
        Result smallest = results.stream().min(Comparator.comparingLong(Result::size)).orElseThrow();
        Result largest = results.stream().max(Comparator.comparingLong(Result::size)).orElseThrow();
        if (results.size() > 1) {
            System.out.printf(Locale.ROOT, "%nPer-event cost, %,d vs %,d events (target: under 2x)%n",
                    largest.size, smallest.size);
            ratio("append (mean)", largest.appendMeanMicros, smallest.appendMeanMicros);
            ratio("append (p50)", largest.appendP50Micros, smallest.appendP50Micros);
            ratio("append (p95)", largest.appendP95Micros, smallest.appendP95Micros);
            ratio("replay", largest.replayMicrosPerEvent, smallest.replayMicrosPerEvent);
            ratio("aggregate load", largest.aggregateMicrosPerEvent, smallest.aggregateMicrosPerEvent);
            ratio("seal", smallest.sealPerSecond, largest.sealPerSecond);
            ratio("verify", smallest.verifyPerSecond, largest.verifyPerSecond);
        }
        double rate = largest.verifyPerSecond;
        System.out.printf(Locale.ROOT, "%nVerification at %,.0f events/s (measured on %,d events):%n", rate,
                largest.size);
        System.out.printf(Locale.ROOT, "  one council, ten years (%,d events): %.1f s%n", EVENTS_PER_COUNCIL_DECADE,
                EVENTS_PER_COUNCIL_DECADE / rate);
        long all = EVENTS_PER_COUNCIL_DECADE * COUNCILS;
        System.out.printf(Locale.ROOT, "  %d councils, ten years (%,d events): %.1f s (%.1f min)%n", COUNCILS, all,
                all / rate, all / rate / 60);
    }

    private static void ratio(String what, double large, double small) {
        double ratio = large / small;
        System.out.printf(Locale.ROOT, "  %-16s %5.2fx %s%n", what, ratio, ratio < 2 ? "ok" : "OVER 2x");
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** The embedded store only appends to its file and compacts later, so its size per event is a cost too. */
    private static void printDiskUse(Path dataDir, long events) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(dataDir)) {
            bytes = files.mapToLong(file -> file.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "Disk:        data directory %,d MB = %,d bytes per event%n", bytes >> 20,
                bytes / events);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
