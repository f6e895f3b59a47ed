package org.performanceledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two ledgers against one MongoDB: the embedded server run on its own ({@code --ledger.command=mongo-server}) and
 * two ledger processes with {@code spring.data.mongodb.uri} pointing at it, both taking commands, the views' segments
 * claimed by one of them. First the write rate of eight clients spread over both nodes beside the same clients on one
 * node. Then the check: {@value #CHECKED_WRITES} writes from eight clients spread over both nodes, the node holding
 * the views' segments killed ({@code destroyForcibly}) half-way, its clients going on against the other node; then no
 * acknowledged write may be missing, and every event must be in each view checked exactly once.
 */
final class TwoNodeFigures {

    private static final String AREA = "Two ledgers on one MongoDB (the embedded server on its own)";
    private static final int INDICATORS = 16;
    private static final int CLIENTS = 8;
    static final int CHECKED_WRITES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Figures figures;
    private final Map<String, AtomicInteger> months = new ConcurrentHashMap<>();

    TwoNodeFigures(Figures figures) {
        this.figures = figures;
    }

    void measure(Path workDir, int rateWrites) throws Exception {
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
            first.awaitReady(Duration.ofMinutes(5));
            // The second node starts once the first has loaded the demo data: it finds it there and loads nothing.
            second = LedgerProcess.start(workDir.resolve("node-2-unused"), uri);
            second.awaitReady(Duration.ofMinutes(5));
            HttpLedger one = first.http("bench");
            HttpLedger two = second.http("bench");

            register(one, "twin-council");
            double oneNode = writeRate(List.of(one), rateWrites / 2);
            double twoNodes = writeRate(List.of(one, two), rateWrites / 2);
            figures.add(AREA, "writes/s from 8 clients, half to each node", twoNodes, "writes/s",
                    "the same clients on one node", oneNode);

            register(two, "twin-checked");
            boolean firstHolds = holdsTheViews(one);
            LedgerProcess owner = firstHolds ? first : second;
            LedgerProcess survivor = firstHolds ? second : first;
            System.out.println("The views' segments are held by node " + (firstHolds ? 1 : 2) + "; it is killed "
                    + "after " + CHECKED_WRITES / 2 + " acknowledged writes");
            check(owner, survivor);
        } catch (RuntimeException failed) {
            System.out.println("The embedded server's log:\n" + String.join("\n",
                    Files.readAllLines(workDir.resolve("mongo-server.log"))));
            throw failed;
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

    /** One write: where, the number sent, and whether the ledger acknowledged it. */
    private record Write(String path, int number, boolean acknowledged) {
    }

    private void check(LedgerProcess owner, LedgerProcess survivor) throws Exception {
        String organisation = "twin-checked";
        HttpLedger ownerHttp = owner.http("bench");
        HttpLedger survivorHttp = survivor.http("bench");
        List<Write> writes = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger number = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                HttpLedger node = client % 2 == 0 ? ownerHttp : survivorHttp;
                for (int i = 0; i < CHECKED_WRITES / CLIENTS; i++) {
                    // Client c writes to indicators c and c + 8 only: no two clients write one indicator's year.
                    int indicator = client + CLIENTS * (i % (INDICATORS / CLIENTS));
                    String path = valuePath(organisation, indicator, nextMonth(organisation, indicator));
                    int sent = number.incrementAndGet();
                    boolean ok;
                    try {
                        ok = node.put(path, "{\"value\":{\"state\":\"NUMBER\",\"number\":" + sent + "}}")
                                .status() / 100 == 2;
                    } catch (IllegalStateException noAnswer) {
                        ok = false; // the node was killed with this write in flight: stored or not, never confirmed
                    }
                    writes.add(new Write(path, sent, ok));
                    if (!ok && node == ownerHttp) {
                        node = survivorHttp;
                    }
                    if (ok && acknowledged.incrementAndGet() == CHECKED_WRITES / 2) {
                        killedAt.set(System.nanoTime());
                        owner.kill();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        double writing = (System.nanoTime() - started) / 1e9;
        double current = awaitViewsCurrent(survivorHttp, Duration.ofMinutes(3));
        double sinceKill = (System.nanoTime() - killedAt.get()) / 1e9;
        long acked = writes.stream().filter(Write::acknowledged).count();
        System.out.printf(Locale.ROOT, "%,d writes (%,d acknowledged) in %.1f s over two nodes, one killed after %,d; "
                + "the survivor's views current %.1f s after the last write%n", writes.size(), acked, writing,
                CHECKED_WRITES / 2, current);

        int lost = 0;
        int historyDuplicates = 0;
        int versions = 0;
        for (Write write : writes) {
            HttpLedger.Answer answer = survivorHttp.get(write.path() + "/history");
            // No year of the indicator was ever stored when the year's first write was the one in flight.
            JsonNode history = answer.status() == 404 ? JSON.createArrayNode()
                    : JSON.readTree(answer.expect(200, "history").body()).path("versions");
            versions += history.size();
            boolean found = false;
            for (JsonNode version : history) {
                found |= version.path("value").path("number").asInt() == write.number();
            }
            if (write.acknowledged() && !found) {
                lost++;
                System.out.println("  LOST: acknowledged write " + write.number() + " to " + write.path());
            }
            if (history.size() > 1) {
                historyDuplicates++;
                System.out.println("  TWICE in the history view: " + write.path() + " " + history);
            }
        }
        Set<String> eventIds = new HashSet<>();
        long auditEntries = 0;
        long total = 0;
        for (int page = 0; page == 0 || page * 1000L < total; page++) {
            JsonNode trail = JSON.readTree(survivorHttp.get("/api/organisations/" + organisation + "/audit?size=1000"
                    + "&page=" + page).expect(200, "audit trail").body());
            total = trail.path("totalEntries").asLong();
            for (JsonNode entry : trail.path("entries")) {
                auditEntries++;
                eventIds.add(entry.path("eventId").asText());
            }
        }
        long expectedAudit = 1 + INDICATORS + versions; // the registration, the indicators, each stored value
        boolean intact = JSON.readTree(survivorHttp.get("/api/audit/verify").expect(200, "verify").body())
                .path("intact").asBoolean();
        System.out.printf(Locale.ROOT, "Acknowledged writes missing: %d; periods with more than one version in the "
                        + "history view: %d; audit view: %,d entries, %,d distinct events, %,d expected; event store "
                        + "verified intact: %s%n", lost, historyDuplicates, auditEntries, eventIds.size(),
                expectedAudit, intact);
        figures.add(AREA, String.format(Locale.ROOT, "acknowledged writes lost (%,d writes over two nodes, one "
                        + "killed after %,d)", writes.size(), CHECKED_WRITES / 2), lost, "writes",
                "acknowledged writes", acked, "0", lost == 0);
        figures.add(AREA, "periods holding an event twice in the history view", historyDuplicates, "periods",
                "periods written", writes.size(), "0", historyDuplicates == 0);
        long auditWrong = Math.abs(auditEntries - expectedAudit) + (auditEntries - eventIds.size());
        figures.add(AREA, "events twice or missing in the audit view", auditWrong, "events",
                "events stored for the organisation", expectedAudit, "0", auditWrong == 0 && intact);
        figures.add(AREA, "from the kill until the survivor's views were current after the last write (writes "
                + "going on meanwhile)", sinceKill, "s", "", Double.NaN);
    }

    /** Seconds until every view on this node holds its segment and has reached the head. */
    private static double awaitViewsCurrent(HttpLedger node, Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < atMost.toNanos()) {
            List<RebuildFigures.Status> statuses = RebuildFigures.statuses(
                    node.get("/api/admin/projections").expect(200, "status").body());
            if (statuses.stream().allMatch(RebuildFigures.Status::caughtUp)) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The surviving node's views did not catch up within " + atMost);
    }

    private static void register(HttpLedger node, String organisation) {
        node.post("/api/organisations", "{\"id\":\"" + organisation + "\",\"name\":\"" + organisation + "\"}")
                .expect(201, "register an organisation");
        for (int i = 0; i < INDICATORS; i++) {
            node.post("/api/organisations/" + organisation + "/indicators", "{\"code\":\"T " + i
                    + "\",\"shortName\":\"Twin " + i + "\",\"polarity\":\"MAXIMISE\"}").expect(201, "register");
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
                    HttpLedger.Answer answer = node.put(valuePath("twin-council", indicator,
                                    nextMonth("twin-council", indicator)),
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

    private YearMonth nextMonth(String organisation, int indicator) {
        return YearMonth.of(2001, 1).plusMonths(months.computeIfAbsent(organisation + indicator,
                key -> new AtomicInteger()).getAndIncrement());
    }

    private static String valuePath(String organisation, int indicator, YearMonth month) {
        return "/api/organisations/" + organisation + "/indicators/T%20" + indicator + "/values/" + month;
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
