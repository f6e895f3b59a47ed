package org.performanceledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * How long a report takes over HTTP, now and as of a past moment: Southend's January 2019 Monthly Performance Report
 * (the demo data) and the report for any period of the same month, the 1,000-indicator organisation's, and as-of
 * reports of random councils and months (the read model of every council in play, as when many people read). Each
 * beside a cheap signed-in read of the same ledger, and with the size of its JSON.
 */
final class ReportFigures {

    private static final String AREA = "Reports (HTTP, one ledger, -Xmx512m)";
    private static final int WARM_UP = 30;

    private final LedgerProcess ledger;
    private final Figures figures;
    private final HttpLedger bench;

    ReportFigures(LedgerProcess ledger, Figures figures) {
        this.ledger = ledger;
        this.figures = figures;
        this.bench = ledger.http("bench");
    }

    /** @param pastMoment a moment after the demo data was loaded, before the benchmark wrote anything */
    void measure(int requests, int councils, Instant pastMoment) {
        Latencies baseline = timed(requests, i -> "/api/organisations/southend");
        System.out.println("Baseline, GET /api/organisations/southend: " + baseline);
        String asOf = "?asOf=" + pastMoment;
        report("Southend's January 2019 MPR, now", "/api/organisations/southend/reports/mpr/2019-01", requests,
                baseline, 50);
        report("Southend's January 2019 MPR, as of a past moment",
                "/api/organisations/southend/reports/mpr/2019-01" + asOf, requests, baseline, 50);
        report("Southend's January 2019 report for any period, now", "/api/organisations/southend/reports/2019-01",
                requests, baseline, 50);
        report("Southend's January 2019 report for any period, as of a past moment",
                "/api/organisations/southend/reports/2019-01" + asOf, requests, baseline, 50);
        String large = "/api/organisations/" + CouncilStore.LARGE;
        // A 1,000-indicator report takes far longer: fewer requests, still enough for a p95.
        int fewer = Math.max(20, requests / 5);
        String largeAsOf = "?asOf=2019-02-20T00:00:00Z";
        report("1,000-indicator MPR, January 2019, now", large + "/reports/mpr/2019-01", fewer, baseline, 100);
        Latencies kept = report("1,000-indicator MPR, January 2019, as of 20 February 2019",
                large + "/reports/mpr/2019-01" + largeAsOf, fewer, baseline, 100);
        // The ledger keeps a report drawn up at the view's position; each of these asks as of another second, so
        // each is drawn up from the view afresh: what the first reader after a change waits.
        AtomicInteger second = new AtomicInteger();
        Latencies afresh = timed(fewer, i -> large + "/reports/mpr/2019-01?asOf="
                + Instant.parse("2019-02-20T00:00:00Z").plusSeconds(second.incrementAndGet()));
        System.out.printf(Locale.ROOT, "1,000-indicator MPR drawn up afresh each time: %s%n", afresh);
        figures.add(AREA, "1,000-indicator MPR, January 2019, as of another moment each time (drawn up afresh), "
                + "p95", afresh.p95(), "ms", "the same report asked again, p95", kept.p95());
        Latencies afterChange = firstReadersAfterChanges(large, fewer);
        System.out.printf(Locale.ROOT, "1,000-indicator MPR, now, first reader after a value of it is corrected: "
                + "%s%n", afterChange);
        figures.add(AREA, "1,000-indicator MPR, January 2019, now, the first reader after one of its values is "
                + "corrected, p95", afterChange.p95(), "ms", "the same report asked again, p95", kept.p95());
        report("1,000-indicator report for any period, January 2019, now", large + "/reports/2019-01", fewer,
                baseline, 100);
        report("1,000-indicator report for any period, as of 20 February 2019", large + "/reports/2019-01"
                + largeAsOf, fewer, baseline, 100);
        Random random = new Random(42);
        Latencies councilsAsOf = timed(requests, i -> {
            YearMonth month = YearMonth.of(CouncilStore.FIRST_YEAR + 1, 4)
                    .plusMonths(random.nextInt(12 * (CouncilStore.YEARS - 1)));
            Instant at = month.atEndOfMonth().plusDays(1 + random.nextInt(60)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            return "/api/organisations/" + CouncilStore.council(random.nextInt(councils)) + "/reports/mpr/" + month
                    + "?asOf=" + at;
        });
        System.out.println("As-of MPRs of random councils and months (60 indicators): " + councilsAsOf);
        figures.add(AREA, "as-of MPR of a random council and month (60 indicators), p95", councilsAsOf.p95(), "ms",
                "signed-in GET of an organisation, p95", baseline.p95(), "< 50 ms", councilsAsOf.p95() < 50);
    }

    /**
     * What the first reader of a report waits after a change: an officer corrects January 2019's value of one
     * indicator (another each time), the views take it in (the value read back shows it), and the report is asked
     * for "now". Only the report is timed.
     */
    private Latencies firstReadersAfterChanges(String large, int requests) {
        String report = large + "/reports/mpr/2019-01";
        Latencies latencies = new Latencies();
        for (int i = 0; i < WARM_UP / 3 + requests; i++) {
            String value = large + "/indicators/" + HttpLedger.encode(CouncilStore.largeCode(i % CouncilStore
                    .LARGE_INDICATORS)) + "/values/2019-01";
            String reason = "Restated by the benchmark, " + i;
            bench.post(value + "/corrections", "{\"value\":{\"state\":\"NUMBER\",\"number\":" + (60 + i % 30)
                    + "},\"reason\":\"" + reason + "\"}").expect(200, "a correction");
            long waitUntil = System.nanoTime() + 10_000_000_000L;
            while (!bench.get(value).expect(200, "the value").body().contains(reason)) {
                if (System.nanoTime() > waitUntil) {
                    throw new IllegalStateException("The correction did not reach the views in 10 s");
                }
                Thread.onSpinWait();
            }
            long took = bench.get(report).expect(200, "the report after a correction").nanos();
            if (i >= WARM_UP / 3) {
                latencies.add(took);
            }
        }
        return latencies;
    }

    private Latencies report(String what, String path, int requests, Latencies baseline, int targetMillis) {
        HttpLedger.Answer first = bench.get(path).expect(200, what);
        int bytes = first.body().getBytes(StandardCharsets.UTF_8).length;
        Latencies latencies = timed(requests, i -> path);
        System.out.printf(Locale.ROOT, "%s: %s; %,d bytes of JSON%n", what, latencies, bytes);
        figures.add(AREA, what + ", p95", latencies.p95(), "ms", "signed-in GET of an organisation, p95",
                baseline.p95(), "< " + targetMillis + " ms", latencies.p95() < targetMillis);
        figures.add(AREA, what + ", JSON", bytes / 1024.0, "KB", "", Double.NaN);
        return latencies;
    }

    private Latencies timed(int requests, IntFunction<String> paths) {
        for (int i = 0; i < Math.min(WARM_UP, requests / 2); i++) {
            bench.get(paths.apply(i)).expect(200, "warm-up");
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < requests; i++) {
            latencies.add(bench.get(paths.apply(i)).expect(200, "a report").nanos());
        }
        return latencies;
    }
}
