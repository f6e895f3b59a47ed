package org.performanceledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's benchmark: {@code all} measures every figure of issue 14 beside its baseline in the same run and
 * prints them as tables at the end; the other commands run one part.
 * <pre>
 *   mvn -B -q -DskipTests package &amp;&amp; java -jar benchmark/target/ledger-benchmark.jar all [--size=standard]
 * </pre>
 * Sizes: {@code small} (5 councils and a 1,000-indicator organisation, 86,506 events; 6-7 minutes on 2 cores),
 * {@code standard} (50 councils x ten years and the 1,000-indicator organisation, about 470,000 events), {@code full}
 * (200 councils, about 1.8 million events: the rebuild target measured rather than extrapolated). Other commands:
 * {@code ledger}, {@code two-nodes}, {@code views}, {@code imports}, {@code reports}, {@code events}. Figures and what
 * they mean: docs/performance.md.
 */
public final class Benchmark {

    /** How much of everything a run measures. */
    record Size(String name, int councils, int writes, int reportRequests, int viewOrganisations, long[] eventSizes,
                int twoNodeWrites) {
    }

    private static final List<Size> SIZES = List.of(
            new Size("small", 5, 200, 100, 3, new long[]{10_000}, 200),
            new Size("standard", 50, 300, 200, 5, new long[]{10_000, 100_000}, 400),
            new Size("full", 200, 300, 200, 5, new long[]{10_000, 1_000_000}, 400));

    private static final String USAGE = """
            Usage: java -Xmx2g -jar ledger-benchmark.jar COMMAND [--size=small|standard|full]
              all           every figure of issue 14 beside its baseline, as tables at the end (--size=small: 6-7 min)
              ledger        the realistic store in a -Xmx512m ledger: catch-up, requests, reports, rebuild, restart
              ledger-views  the same store's views only: catch-up, rebuild, memory [--heap=2g: the ledger's -Xmx]
              fill DIR      fills DIR with the realistic store and keeps it: run a ledger on it (ledger.data-dir)
              two-nodes     two ledgers on one embedded MongoDB, one killed during 1,000 writes
              views | imports | reports | events [store sizes]   one part, in process
            Figures and what they mean: docs/performance.md""";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "all" : args[0];
        String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "all" -> all(size(rest));
            case "ledger" -> {
                Figures figures = new Figures();
                Path workDir = Files.createTempDirectory("ledger-benchmark-");
                try {
                    ledger(size(rest), figures, workDir);
                } finally {
                    EventStoreBenchmark.deleteRecursively(workDir);
                }
                System.out.println(figures.tables());
            }
            case "ledger-views" -> {
                Figures figures = new Figures();
                Path workDir = Files.createTempDirectory("ledger-benchmark-");
                try {
                    ledgerViews(size(rest), figures, workDir, heap(rest));
                } finally {
                    EventStoreBenchmark.deleteRecursively(workDir);
                }
                System.out.println(figures.tables());
            }
            case "two-nodes" -> {
                Figures figures = new Figures();
                Path workDir = Files.createTempDirectory("ledger-benchmark-");
                try {
                    new TwoNodeFigures(figures).measure(workDir, size(rest).twoNodeWrites());
                } finally {
                    EventStoreBenchmark.deleteRecursively(workDir);
                }
                System.out.println(figures.tables());
            }
            case "fill" -> fill(size(rest), Arrays.stream(rest).filter(arg -> !arg.startsWith("--")).findFirst()
                    .map(Path::of).orElseThrow(() -> new IllegalArgumentException("fill needs a data directory")));
            case "views" -> ViewBenchmark.main(rest);
            case "imports" -> ImportBenchmark.main(rest);
            case "reports" -> ReportBenchmark.main(rest);
            case "events" -> EventStoreBenchmark.main(rest);
            default -> {
                if (!command.matches("\\d+")) {
                    // Store sizes alone (events 10000 ...) were this jar's arguments before it had commands.
                    boolean help = command.equals("--help") || command.equals("help");
                    System.err.println(help ? USAGE : USAGE + "\nNot a command: " + command);
                    System.exit(help ? 0 : 2);
                }
                EventStoreBenchmark.main(args);
            }
        }
        // Axon's janitor thread (timing out slow units of work) is not a daemon: without this the JVM stays.
        System.exit(0);
    }

    private static Size size(String[] args) {
        String name = Arrays.stream(args).filter(arg -> arg.startsWith("--size=")).map(arg -> arg.substring(7))
                .findFirst().orElse("standard");
        return SIZES.stream().filter(size -> size.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("--size must be one of small, standard, full: " + name));
    }

    /** The ledger's heap, {@code -Xmx512m} (the issue's) unless {@code --heap=} says otherwise. */
    private static String heap(String[] args) {
        String heap = Arrays.stream(args).filter(arg -> arg.startsWith("--heap=")).map(arg -> arg.substring(7))
                .findFirst().map(size -> "-Xmx" + size).orElse(LedgerProcess.HEAP);
        if (!heap.matches("-Xmx[0-9]+[mg]")) {
            throw new IllegalArgumentException("--heap must be a size such as 512m or 2g: " + heap.substring(4));
        }
        return heap;
    }

    private static void all(Size size) throws Exception {
        long started = System.nanoTime();
        Figures figures = new Figures();
        Path workDir = Files.createTempDirectory("ledger-benchmark-");
        System.out.printf(Locale.ROOT, "Ledger benchmark, size %s, %s: Java %s, %d cores, load average %.1f; work "
                        + "in %s (deleted at the end)%n", size.name(), LocalDate.now(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Cpu.loadAverage(), workDir);
        try {
            ledger(size, figures, workDir);
            starts(figures, workDir);
            section("Two ledgers on one MongoDB");
            new TwoNodeFigures(figures).measure(workDir, size.twoNodeWrites());
            section("Views following imports (in process)");
            ViewBenchmark.run(size.viewOrganisations(), List.of(), figures);
            section("Imports (in process)");
            ImportBenchmark.run(figures);
            section("Event store (in process)");
            EventStoreBenchmark.run(size.eventSizes(), figures);
        } finally {
            EventStoreBenchmark.deleteRecursively(workDir);
        }
        System.out.printf(Locale.ROOT, "%n## Figures (size %s, %s, %d cores, load average at the end %.1f, %.0f "
                        + "minutes)%n%s", size.name(), LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                Cpu.loadAverage(), (System.nanoTime() - started) / 60e9, figures.tables());
    }

    /**
     * A realistic store served by a ledger in a process of its own with {@code -Xmx512m}: the views catching up on
     * it, requests, reports, its memory, a rebuild of every view, and a restart.
     */
    private static void ledger(Size size, Figures figures, Path workDir) throws Exception {
        section("A realistic store: " + size.councils() + " councils x ten years, and a 1,000-indicator organisation");
        Path dataDir = workDir.resolve("councils");
        CouncilStore.Filled filled = new CouncilStore(size.councils()).fill(dataDir);
        RebuildFigures views = new RebuildFigures(figures, filled, LedgerProcess.HEAP);
        double readySeconds;
        Instant ready;
        try (LedgerProcess ledger = LedgerProcess.start(dataDir, List.of())) {
            section("The ledger's first start on it (" + LedgerProcess.HEAP + "): its views catch up");
            views.catchUp(ledger);
            ledger.awaitReady(Duration.ofMinutes(30));
            ready = Instant.now();
            try {
                section("Requests");
                new RequestFigures(ledger, figures).measure(size.writes(), size.councils(), dataDir);
                section("Reports");
                new ReportFigures(ledger, figures).measure(size.reportRequests(), size.councils(), ready);
                section("Rebuilding every view");
                views.rebuild(ledger);
                memory(figures, ledger, "after the requests, reports and rebuild above", LedgerProcess.HEAP);
            } catch (RuntimeException failed) {
                System.out.println("The ledger's last lines:\n" + ledger.tail(80));
                throw failed;
            }
        }
        section("Restarting the ledger on the same store");
        try (LedgerProcess restarted = LedgerProcess.start(dataDir, List.of())) {
            readySeconds = restarted.awaitReady(Duration.ofMinutes(10));
            System.out.printf(Locale.ROOT, "Ready (views current, demo data loaded) %.1f s after the restart%n",
                    readySeconds);
            figures.add(StartFigures.AREA, String.format(Locale.ROOT, "ready after a restart on the store of %,d "
                    + "events", filled.events()), readySeconds, "s", "", Double.NaN, "< 15 s", readySeconds < 15);
        }
    }

    /** The realistic store left in {@code dataDir}, for a person to run a ledger on (or to look into its file). */
    private static void fill(Size size, Path dataDir) {
        if (Files.exists(dataDir.resolve("ledger.mv.db"))) {
            throw new IllegalArgumentException(dataDir + " already holds a data file: fill an empty directory");
        }
        section("A realistic store: " + size.councils() + " councils x ten years, and a 1,000-indicator organisation");
        new CouncilStore(size.councils()).fill(dataDir);
        System.out.println("Kept in " + dataDir.toAbsolutePath() + ": java -jar infra/target/performance-ledger-exec.jar "
                + "--ledger.data-dir=" + dataDir.toAbsolutePath());
    }

    /** The views' figures of {@link #ledger} alone: the catch-up on the first start, then a rebuild. */
    private static void ledgerViews(Size size, Figures figures, Path workDir, String heap) throws Exception {
        section("A realistic store: " + size.councils() + " councils x ten years, and a 1,000-indicator organisation");
        Path dataDir = workDir.resolve("councils");
        CouncilStore.Filled filled = new CouncilStore(size.councils()).fill(dataDir);
        RebuildFigures views = new RebuildFigures(figures, filled, heap);
        try (LedgerProcess ledger = LedgerProcess.start(dataDir, List.of(), heap)) {
            section("The ledger's first start on it (" + heap + "): its views catch up");
            views.catchUp(ledger);
            ledger.awaitReady(Duration.ofMinutes(30));
            section("Rebuilding every view");
            views.rebuild(ledger);
            memory(figures, ledger, "after its views caught up and were rebuilt", heap);
        }
    }

    private static void starts(Figures figures, Path workDir) throws Exception {
        section("Starting the ledger afresh");
        new StartFigures(figures).measure(workDir);
    }

    private static void memory(Figures figures, LedgerProcess ledger, String when, String heap) {
        long peak = ledger.peakResidentMegabytes();
        long heapMb = Long.parseLong(heap.substring(4, heap.length() - 1)) * (heap.endsWith("g") ? 1024 : 1);
        System.out.printf(Locale.ROOT, "The ledger's peak resident size %s: %,d MB (heap at most %,d MB)%n", when,
                peak, heapMb);
        // StartFigures.AREA when the heap is the issue's -Xmx512m.
        figures.add("Start and memory (one ledger, " + heap + ")", "peak resident size serving the store (" + when
                + ")", peak, "MB", "the heap's limit", heapMb);
    }

    static void section(String title) {
        System.out.printf(Locale.ROOT, "%n=== %s (load average %.1f) ===%n", title, Cpu.loadAverage());
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }

    static Path tempDirectory(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }
}
