package org.performanceledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two ledgers against one MongoDB: the embedded server run on its own ({@code --ledger.command=mongo-server}) and
 * two ledger processes with {@code spring.data.mongodb.uri} pointing at it. Writes from eight clients spread over
 * both nodes, beside the same eight clients on one node; then the node holding the views' segments is killed, and
 * the time until the other node's views show a new write is how long the take-over of their claims takes.
 */
final class TwoNodeFigures {

    private static final String AREA = "Two ledgers on one MongoDB (the embedded server on its own)";
    private static final String ORGANISATION = "twin-council";
    private static final int INDICATORS = 16;
    private static final int CLIENTS = 8;

    private final Figures figures;
    private final java.util.Map<Integer, AtomicInteger> months = new java.util.concurrent.ConcurrentHashMap<>();

    TwoNodeFigures(Figures figures) {
        this.figures = figures;
    }

    void measure(Path workDir, int writes) throws Exception {
        Path dataDir = Files.createDirectories(workDir.resolve("shared-mongo"));
        int mongoPort = LedgerProcess.freePort();
        Process mongo = LedgerProcess.startMain("org.performanceledger.infra.LedgerApplication",
                List.of("--ledger.command=mongo-server", "--ledger.data-dir=" + dataDir,
                        "--ledger.embedded-mongo.port=" + mongoPort, "--logging.file.name="),
                workDir.resolve("mongo-server.log"));
        List<String> uri = List.of("--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/ledger");
        LedgerProcess first = null;
        LedgerProcess second = null;
        try {
            awaitPort(mongoPort, mongo);
            first = LedgerProcess.start(workDir.resolve("node-1-unused"), uri);
            first.awaitReady(Duration.ofMinutes(3));
            // The second node starts once the first has loaded the demo data: it finds it there and loads nothing.
            second = LedgerProcess.start(workDir.resolve("node-2-unused"), uri);
            second.awaitReady(Duration.ofMinutes(3));
            HttpLedger one = first.http("bench");
            HttpLedger two = second.http("bench");
            one.post("/api/organisations", "{\"id\":\"" + ORGANISATION + "\",\"name\":\"Twin Council\"}")
                    .expect(201, "register an organisation");
            for (int i = 0; i < INDICATORS; i++) {
                one.post("/api/organisations/" + ORGANISATION + "/indicators", "{\"code\":\"T " + i
                        + "\",\"shortName\":\"Twin " + i + "\",\"polarity\":\"MAXIMISE\"}").expect(201, "register");
            }
            double oneNode = writeRate(List.of(one), writes / 2);
            double twoNodes = writeRate(List.of(one, two), writes / 2);
            figures.add(AREA, "writes/s from 8 clients, half to each node", twoNodes, "writes/s",
                    "the same clients on one node", oneNode);

            // Whichever node holds the views' segments, kill it: the other must take them over.
            boolean firstHolds = holdsTheViews(one);
            LedgerProcess owner = firstHolds ? first : second;
            LedgerProcess survivor = firstHolds ? second : first;
            System.out.println("The views' segments are held by node " + (firstHolds ? 1 : 2) + "; killing it");
            long killed = System.nanoTime();
            owner.kill();
            HttpLedger survivorHttp = survivor.http("bench");
            String value = valuePath(0, nextMonth(0));
            survivorHttp.put(value, "{\"value\":{\"state\":\"NUMBER\",\"number\":7}}").expect(200, "write");
            while (survivorHttp.get(value + "/history").status() != 200
                    || !survivorHttp.get(value + "/history").body().contains("\"number\":7")) {
                if (System.nanoTime() - killed > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("The surviving node's views never showed the write");
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - killed) / 1e9;
            System.out.printf(Locale.ROOT, "Node holding the segments killed; a write on the other node was in its "
                    + "views %.1f s later (claim timeout 10 s)%n", seconds);
            figures.add(AREA, "from killing a node to the other node's views showing a new write", seconds, "s",
                    "the claim timeout", 10, "", null);
        } finally {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
            mongo.destroy();
            mongo.waitFor();
        }
    }

    private double writeRate(List<HttpLedger> nodes, int writes) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger done = new AtomicInteger();
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            HttpLedger node = nodes.get(c % nodes.size());
            running.add(clients.submit(() -> {
                for (int i = 0; done.incrementAndGet() <= writes; i++) {
                    // Client c writes to indicators c and c + 8 only, each month once.
                    int indicator = client + CLIENTS * (i % (INDICATORS / CLIENTS));
                    HttpLedger.Answer answer = node.put(valuePath(indicator, nextMonth(indicator)),
                            "{\"value\":{\"state\":\"NUMBER\",\"number\":5}}").expect(200, "a write");
                    latencies.add(answer.nanos());
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%d clients on %d node(s): %,d writes in %.1f s = %.0f writes/s, %s%n",
                CLIENTS, nodes.size(), latencies.count(), seconds, latencies.count() / seconds, latencies);
        return latencies.count() / seconds;
    }

    private YearMonth nextMonth(int indicator) {
        return YearMonth.of(2001, 1).plusMonths(months.computeIfAbsent(indicator, i -> new AtomicInteger())
                .getAndIncrement());
    }

    private static String valuePath(int indicator, YearMonth month) {
        return "/api/organisations/" + ORGANISATION + "/indicators/T%20" + indicator + "/values/" + month;
    }

    /** True when this node holds the segments of the views (it handles their events). */
    private static boolean holdsTheViews(HttpLedger node) {
        return node.get("/api/admin/projections").expect(200, "status").body().matches("(?s).*\"segments\":1.*");
    }

    private static void awaitPort(int port, Process mongo) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (!mongo.isAlive()) {
                throw new IllegalStateException("The embedded MongoDB server stopped");
            }
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The embedded MongoDB server did not listen on " + port);
    }
}
