package org.performanceledger.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a person or a script waits for on each request, over HTTP against a running ledger: what signing in adds to a
 * request (the same request with and without HTTP Basic), a value written by one client, and values written by eight
 * clients at once on distinct indicators. Values go to the councils' indicators for months after their history, as
 * an officer's next returns would.
 */
final class RequestFigures {

    private static final String AREA = "Requests (HTTP, one ledger, -Xmx512m, embedded MongoDB with fsync)";
    private static final int AUTH_WARM_UP = 500;
    private static final int AUTH_REQUESTS = 2_000;
    private static final int WRITE_WARM_UP = 120;
    /**
     * The writes before the measured ones go on for at least this long: after a quick start the JIT compiles the
     * paths of a live write for the first several seconds of writes (C2 at 10.5 s of the first 15 s, measured), which
     * is the start's cost, printed as a figure of its own, not the steady cost of a write.
     */
    private static final long WRITE_WARM_UP_NANOS = 15_000_000_000L;
    private static final int CLIENTS = 8;

    private final LedgerProcess ledger;
    private final Figures figures;
    /** The next month each indicator of each council can take a value for. */
    private final java.util.Map<String, YearMonth> nextMonth = new java.util.concurrent.ConcurrentHashMap<>();

    RequestFigures(LedgerProcess ledger, Figures figures) {
        this.ledger = ledger;
        this.figures = figures;
    }

    void measure(int writes, int councils, Path dataDir) throws Exception {
        authentication();
        singleClient(writes, dataDir);
        concurrentClients(writes * 2, councils);
    }

    /**
     * The same request (the health answer, which the ledger gives anyone) anonymous and signed in with HTTP Basic as a
     * user without the administrator's details, alternating, after a warm-up: the difference is what authentication
     * costs.
     */
    private void authentication() {
        HttpLedger anonymous = ledger.http(null);
        HttpLedger signedIn = ledger.http("reader");
        String expected = anonymous.get("/actuator/health").expect(200, "health").body();
        signedIn.get("/actuator/health").expect(200, "health signed in");
        for (int i = 0; i < AUTH_WARM_UP; i++) {
            anonymous.get("/actuator/health");
            signedIn.get("/actuator/health");
        }
        Latencies open = new Latencies();
        Latencies authenticated = new Latencies();
        for (int i = 0; i < AUTH_REQUESTS; i++) {
            open.add(anonymous.get("/actuator/health").nanos());
            HttpLedger.Answer answer = signedIn.get("/actuator/health");
            authenticated.add(answer.nanos());
            if (i == 0 && !answer.body().equals(expected)) {
                throw new IllegalStateException("The signed-in health answer differs from the anonymous one: "
                        + answer.body());
            }
        }
        System.out.println("Authentication: GET /actuator/health anonymous " + open + "; with Basic " + authenticated);
        double overhead = authenticated.p50() - open.p50();
        figures.add(AREA, "what HTTP Basic adds to a request (p50 of the same request signed in, minus anonymous)",
                overhead, "ms", "the anonymous request's p50", open.p50(), "< 5 ms", overhead < 5);
        figures.add(AREA, "the same, at p95", authenticated.p95() - open.p95(), "ms", "the anonymous request's p95",
                open.p95(), "< 5 ms", authenticated.p95() - open.p95() < 5);
    }

    /** One client writing values one after another; baseline: reading a value back, and a forced write of the disk. */
    private void singleClient(int writes, Path dataDir) throws IOException {
        HttpLedger bench = ledger.http("bench");
        String council = CouncilStore.council(0);
        Latencies warmingUp = new Latencies();
        long warmUpEnds = System.nanoTime() + WRITE_WARM_UP_NANOS;
        for (int i = 0; i < WRITE_WARM_UP || System.nanoTime() < warmUpEnds; i++) {
            warmingUp.add(write(bench, council, CouncilStore.code(i % CouncilStore.INDICATORS)).nanos());
        }
        System.out.printf(Locale.ROOT, "The first writes after the start (the JIT compiling): %s%n", warmingUp);
        figures.add(AREA, String.format(Locale.ROOT, "the first %,d value writes after the start (the JIT "
                + "compiling), p95", warmingUp.count()), warmingUp.p95(), "ms", "", Double.NaN);
        Latencies writing = new Latencies();
        Latencies reading = new Latencies();
        double cpuBefore = ledger.cpuSeconds();
        long started = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            String code = CouncilStore.code(i % CouncilStore.INDICATORS);
            writing.add(write(bench, council, code).nanos());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuPerWrite = (ledger.cpuSeconds() - cpuBefore) * 1000 / writes;
        for (int i = 0; i < writes; i++) {
            String code = CouncilStore.code(i % CouncilStore.INDICATORS);
            reading.add(bench.get(valuePath(council, code, CouncilStore.FIRST_FREE_MONTH)).expect(200, "a value")
                    .nanos());
        }
        Latencies fsync = fsync(dataDir, 500);
        System.out.printf(Locale.ROOT, "One client: %,d writes in %.1f s = %.0f writes/s, %s; the ledger used %.1f ms "
                        + "of CPU per write. Reading a value back: %s. A forced 4 KB write of the data directory's disk: "
                        + "%s%n", writes, seconds, writes / seconds, writing, cpuPerWrite, reading, fsync);
        figures.add(AREA, "a value write from one client, p95", writing.p95(), "ms", "reading a value, p95",
                reading.p95(), "< 20 ms", writing.p95() < 20);
        figures.add(AREA, "a value write from one client, p50", writing.p50(), "ms", "reading a value, p50",
                reading.p50());
        figures.add(AREA, "a forced write of the disk (fsync), p95", fsync.p95(), "ms", "", Double.NaN);
        figures.add(AREA, "writes/s from one client", writes / seconds, "writes/s", "", Double.NaN);
        figures.add(AREA, "ledger CPU per write (request, store and views)", cpuPerWrite, "ms", "", Double.NaN);
        singleClientRate = writes / seconds;
    }

    private double singleClientRate;

    /** Eight clients at once, each on indicators of its own in one organisation; baseline: one client's rate. */
    private void concurrentClients(int writes, int councils) throws Exception {
        String council = CouncilStore.council(Math.min(1, councils - 1));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Latencies writing = new Latencies();
        AtomicInteger done = new AtomicInteger();
        double cpuBefore = ledger.cpuSeconds();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                HttpLedger bench = ledger.http("bench");
                for (int i = 0; done.incrementAndGet() <= writes; i++) {
                    // Client c writes to indicators c, c + 8, c + 16, ...: never one another's.
                    int indicator = client + CLIENTS * (i % (CouncilStore.INDICATORS / CLIENTS));
                    writing.add(write(bench, council, CouncilStore.code(indicator)).nanos());
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = writing.count() / seconds;
        double cpuPerWrite = (ledger.cpuSeconds() - cpuBefore) * 1000 / writing.count();
        System.out.printf(Locale.ROOT, "%d clients: %,d writes in %.1f s = %.0f writes/s, %s; CPU per write %.1f ms%n",
                CLIENTS, writing.count(), seconds, rate, writing, cpuPerWrite);
        figures.add(AREA, "writes/s from 8 clients on distinct indicators", rate, "writes/s", "one client",
                singleClientRate, ">= 200/s", rate >= 200);
        figures.add(AREA, "a value write with 8 clients, p95", writing.p95(), "ms", "", Double.NaN);
    }

    private HttpLedger.Answer write(HttpLedger bench, String council, String code) {
        YearMonth month = nextMonth.compute(council + ":" + code,
                (key, last) -> last == null ? CouncilStore.FIRST_FREE_MONTH : last.plusMonths(1));
        return bench.put(valuePath(council, code, month), "{\"value\":{\"state\":\"NUMBER\",\"number\":"
                + (40 + month.getMonthValue()) + ".5}}").expect(200, "a value write");
    }

    private static String valuePath(String council, String code, YearMonth month) {
        return "/api/organisations/" + council + "/indicators/" + HttpLedger.encode(code) + "/values/" + month;
    }

    /** Forced 4 KB writes of a file beside the data directory: what any durable write on this disk costs at least. */
    static Latencies fsync(Path dataDir, int count) throws IOException {
        Path probe = Files.createTempFile(dataDir.getParent(), "fsync-probe", ".bin");
        Latencies latencies = new Latencies();
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            for (int i = 0; i < count; i++) {
                block.clear();
                channel.write(block, (long) i * 4096);
                long started = System.nanoTime();
                channel.force(false);
                latencies.add(System.nanoTime() - started);
            }
        } finally {
            Files.deleteIfExists(probe);
        }
        return latencies;
    }
}
