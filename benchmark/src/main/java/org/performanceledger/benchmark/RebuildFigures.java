package org.performanceledger.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the views follow a realistic store in the running ledger: catching up on its first start (every view from
 * the first event, all at once, while the demo data loads), and a rebuild of every view beside the live ones
 * ({@code POST /api/admin/projections/replay}). Each beside the baseline: reading the same store as a processor
 * does, without any view, measured after the fill.
 */
final class RebuildFigures {

    private final String area;
    /** Fifty councils' ten years, as the issue sizes the rebuild target. */
    private static final long TARGET_EVENTS = 1_800_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One view's position as the administration API gives it. */
    record Status(String name, long position, long head, boolean rebuilding, boolean caughtUp) {
    }

    private final Figures figures;
    private final CouncilStore.Filled filled;

    RebuildFigures(Figures figures, CouncilStore.Filled filled, String heap) {
        this.figures = figures;
        this.filled = filled;
        this.area = "Views (a realistic store, one ledger, " + heap + ")";
    }

    /**
     * Follows the views from the ledger's start until each has caught up with the store it was started on; returns
     * the seconds from the first answer of the administration API (the processors running) to the last view current.
     */
    double catchUp(LedgerProcess ledger) throws InterruptedException {
        HttpLedger admin = ledger.http("bench");
        long firstAnswer = 0;
        double cpuAtFirst = 0;
        Map<String, Long> current = new LinkedHashMap<>();
        while (true) {
            ledger.requireAlive("its views caught up");
            var answer = admin.tryGet("/api/admin/projections");
            if (answer.isPresent()) {
                long now = System.nanoTime();
                if (firstAnswer == 0) {
                    firstAnswer = now;
                    cpuAtFirst = ledger.cpuSeconds();
                }
                for (Status status : statuses(answer.get())) {
                    if (status.position() >= filled.events() && !current.containsKey(status.name())) {
                        current.put(status.name(), now);
                    }
                }
                if (current.size() == 4) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        double cpu = ledger.cpuSeconds() - cpuAtFirst;
        long start = firstAnswer;
        double last = 0;
        for (Map.Entry<String, Long> view : current.entrySet()) {
            double seconds = (view.getValue() - start) / 1e9;
            last = Math.max(last, seconds);
            System.out.printf(Locale.ROOT, "  catch-up on the first start: %-24s current after %6.1f s = %,8.0f "
                    + "events/s%n", view.getKey(), seconds, filled.events() / seconds);
        }
        double rate = filled.events() / last;
        System.out.printf(Locale.ROOT, "Catch-up of %,d events by all four views at once: %.1f s = %,.0f events/s, "
                + "%,.0f events per cpu-second of the ledger%n", filled.events(), last, rate, filled.events() / cpu);
        figures.add(area, String.format(Locale.ROOT, "catch-up from a standing start, %,d events, all four views at "
                        + "once (slowest view)", filled.events()), rate, "events/s",
                "reading the store alone", filled.readPerSecond(), ">= 3,000 events/s", rate >= 3_000);
        figures.add(area, "the same, per cpu-second of the ledger", filled.events() / cpu, "events/cpu-s",
                "reading the store alone", filled.readPerCpuSecond());
        return last;
    }

    /** Rebuilds every view beside the live ones and waits until all are swapped in. */
    void rebuild(LedgerProcess ledger) throws InterruptedException {
        HttpLedger admin = ledger.http("bench");
        long head = statuses(admin.get("/api/admin/projections").expect(200, "status").body()).get(0).head();
        double cpuBefore = ledger.cpuSeconds();
        long started = System.nanoTime();
        admin.post("/api/admin/projections/replay", "").expect(202, "replay");
        while (true) {
            Thread.sleep(250);
            ledger.requireAlive("its views were rebuilt");
            List<Status> statuses = statuses(admin.get("/api/admin/projections").expect(200, "status").body());
            if (statuses.stream().noneMatch(Status::rebuilding)) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = ledger.cpuSeconds() - cpuBefore;
        double rate = head / seconds;
        double minutesFor18m = TARGET_EVENTS / rate / 60;
        System.out.printf(Locale.ROOT, "Rebuild of every view (%,d events, one reader for all four): %.1f s = %,.0f "
                + "events/s, %,.0f events per cpu-second; 1.8 million events would take %.1f minutes%n", head,
                seconds, rate, head / cpu, minutesFor18m);
        figures.add(area, String.format(Locale.ROOT, "rebuild of every view, %,d events (each view)", head), rate,
                "events/s", "reading the store alone", filled.readPerSecond(), ">= 3,000 events/s", rate >= 3_000);
        figures.add(area, "the same, per cpu-second of the ledger", head / cpu, "events/cpu-s",
                "reading the store alone", filled.readPerCpuSecond());
        figures.add(area, "a rebuild of 1.8 million events at that rate", minutesFor18m, "minutes",
                "", Double.NaN, "< 10 minutes", minutesFor18m < 10);
    }

    static List<Status> statuses(String json) {
        try {
            List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<>() {
            });
            return raw.stream().map(view -> new Status((String) view.get("name"),
                    ((Number) view.get("position")).longValue(), ((Number) view.get("head")).longValue(),
                    Boolean.TRUE.equals(view.get("rebuilding")), Boolean.TRUE.equals(view.get("caughtUp")))).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable view status: " + json, e);
        }
    }
}
