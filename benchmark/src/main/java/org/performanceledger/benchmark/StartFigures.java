package org.performanceledger.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How soon a ledger is ready for people (demo data loaded, every view current: {@code /actuator/health/readiness}
 * UP) and the memory it takes: started on an empty data directory with the demo profile, beside the same ledger
 * without the demo data (the framework's own start).
 */
final class StartFigures {

    static final String AREA = "Start and memory (one ledger, -Xmx512m)";

    private final Figures figures;

    StartFigures(Figures figures) {
        this.figures = figures;
    }

    void measure(Path workDir) throws Exception {
        double bare;
        try (LedgerProcess empty = LedgerProcess.start(workDir.resolve("empty"), List.of("--ledger.demo-data=false"))) {
            bare = empty.awaitReady(Duration.ofMinutes(5));
        }
        double demo;
        long peak;
        try (LedgerProcess fresh = LedgerProcess.start(workDir.resolve("demo"), List.of())) {
            demo = fresh.awaitReady(Duration.ofMinutes(5));
            peak = fresh.peakResidentMegabytes();
        }
        System.out.printf(Locale.ROOT, "Ready %.1f s after starting on an empty data directory with the demo data "
                + "(%.1f s without it); peak resident size %,d MB%n", demo, bare, peak);
        figures.add(AREA, "ready after a first start (demo data loaded, views current)", demo, "s",
                "the same start without demo data", bare, "< 15 s", demo < 15);
        figures.add(AREA, "peak resident size after a first start with the demo data", peak, "MB", "the heap's limit",
                512);
    }
}
