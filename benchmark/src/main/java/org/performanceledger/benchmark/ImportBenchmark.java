package org.performanceledger.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.infra.LedgerApplication;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Import throughput: ten years of monthly values for 60 indicators (7,200 values, with the 600 yearly targets and
 * the 60 indicators), imported through the running ledger as a user's files are: planned against the aggregates,
 * sent as commands, stored in one unit of work with the durability flush. Then the import's limits: the time and
 * memory a dry run of a 480,000-row workbook takes to be refused, beside a 1,000-row workbook's dry run. Run with
 * {@code imports}.
 */
final class ImportBenchmark {

    private static final int INDICATORS = 60;
    private static final int YEARS = 10;
    private static final int FIRST_YEAR = 2009;
    private static final int BASELINE_ROWS = 1_000;
    private static final int LARGE_ROWS = 480_000;

    private ImportBenchmark() {
    }

    static void main(String[] args) throws IOException {
        Figures figures = new Figures();
        run(figures);
        System.out.println(figures.tables());
    }

    private static final String AREA = "Imports (in process)";

    static void run(Figures figures) throws IOException {
        Path dataDir = Files.createTempDirectory("ledger-import-benchmark");
        List<ImportFile> files = files();
        System.out.printf(Locale.ROOT, "Import benchmark: %d indicators x %d years of months = %d values; files of "
                        + "%,d bytes; data in %s (deleted at the end)%n", INDICATORS, YEARS, INDICATORS * YEARS * 12,
                files.stream().mapToLong(file -> file.content().length).sum(), dataDir);
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                "--ledger.data-dir=" + dataDir, "--spring.main.web-application-type=none", "--logging.file.name=",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            ledger.getBean(CommandGateway.class).sendAndWait(new RegisterOrganisation("bench", "Benchmark Council",
                    null));
            Imports imports = ledger.getBean(Imports.class);
            Caller importer = new Caller(LedgerUser.operator("benchmark", "Import benchmark", "CLI"),
                    Channel.COMMAND_LINE, null);

            double[] dryRun = run("dry run", () -> imports.run(importer, "bench", files, true));
            double[] imported = run("import", () -> imports.run(importer, "bench", files, false));
            double[] again = run("same files again", () -> imports.run(importer, "bench", files, false));
            figures.add(AREA, "import of ten years of 60 indicators (7,860 facts) into an empty organisation",
                    imported[0], "facts/s", "a dry run of the same files", dryRun[0]);
            figures.add(AREA, "the same files again (all unchanged)", again[0], "facts/s", "a dry run", dryRun[0]);

            Path baseline = dataDir.resolve("values-1000.xlsx");
            Path large = dataDir.resolve("values-480000.xlsx");
            ValuesWorkbook.write(baseline, BASELINE_ROWS, INDICATORS, FIRST_YEAR, YEARS);
            ValuesWorkbook.write(large, LARGE_ROWS, INDICATORS, FIRST_YEAR, YEARS);
            double small = dryRunWorkbook("1,000-row workbook", baseline, imports, importer);
            double refused = dryRunWorkbook("480,000-row workbook", large, imports, importer);
            figures.add(AREA, "dry run of a 480,000-row workbook (refused past 50,000 rows)", refused, "s",
                    "a 1,000-row workbook's dry run", small);
        } finally {
            EventStoreBenchmark.deleteRecursively(dataDir);
        }
    }

    /** Returns facts per second and events recorded per second. */
    private static double[] run(String what, java.util.function.Supplier<ImportReport> importing) {
        long start = System.nanoTime();
        ImportReport report = importing.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("The benchmark's files were refused: " + report.errors().get(0));
        }
        long facts = report.added() + report.changed() + report.unchanged();
        System.out.printf(Locale.ROOT, "%-17s %6.2f s  %,6d facts (%,d add, %,d change, %,d unchanged)  %,6d events "
                        + "recorded  %,8.0f facts/s  %,8.0f events/s%n", what, seconds, facts, report.added(),
                report.changed(), report.unchanged(), report.eventsRecorded(), facts / seconds,
                report.eventsRecorded() / seconds);
        return new double[]{facts / seconds, report.eventsRecorded() / seconds};
    }

    /** A workbook's dry run: how long it takes (returned, in seconds), the memory it takes, and what it answers. */
    private static double dryRunWorkbook(String what, Path workbook, Imports imports, Caller importer)
            throws IOException {
        // As an upload arrives: the file's bytes in memory before the import starts.
        List<ImportFile> files = List.of(new ImportFile(workbook.getFileName().toString(),
                Files.readAllBytes(workbook)));
        MemoryProbe memory = new MemoryProbe();
        memory.start();
        long start = System.nanoTime();
        ImportReport report = imports.run(importer, "bench", files, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        String took = memory.stop();
        String outcome = report.errors().isEmpty()
                ? String.format(Locale.ROOT, "%,d facts checked",
                report.added() + report.changed() + report.unchanged())
                : String.format(Locale.ROOT, "refused at line %,d: %s", report.errors().get(0).line(),
                report.errors().get(0).reason().replaceAll(":.*", ""));
        System.out.printf(Locale.ROOT, "%-20s %,10d bytes  dry run %5.2f s  %s%n%20s %s%n", what,
                files.get(0).content().length, seconds, took, "", outcome);
        return seconds;
    }

    static List<ImportFile> files() {
        StringBuilder indicators = new StringBuilder("code,short name,polarity,unit,frequency\n");
        StringBuilder targets = new StringBuilder("code,year,target,tolerance\n");
        StringBuilder values = new StringBuilder("code,period,value,source date\n");
        Random random = new Random(42);
        for (int i = 1; i <= INDICATORS; i++) {
            String code = "BM " + i;
            indicators.append(code).append(",Benchmark indicator ").append(i).append(" [Monthly Snapshot],")
                    .append(i % 2 == 0 ? "Aim to Maximise" : "Aim to Minimise").append(",%,Monthly\n");
            for (int y = 0; y < YEARS; y++) {
                int start = FIRST_YEAR + y;
                targets.append(code).append(',').append(start).append('/').append(String.format("%02d",
                        (start + 1) % 100)).append(",75%,5%\n");
                for (int m = 0; m < 12; m++) {
                    int month = (3 + m) % 12 + 1;
                    int year = month >= 4 ? start : start + 1;
                    values.append(code).append(',').append(String.format("%d-%02d", year, month)).append(',')
                            .append(String.format(Locale.ROOT, "%.1f%%", 50 + random.nextInt(500) / 10.0))
                            .append(',').append(String.format("%d-%02d-15", month == 12 ? year + 1 : year,
                                    month == 12 ? 1 : month + 1)).append('\n');
                }
            }
        }
        return List.of(new ImportFile("indicators.csv", indicators.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportFile("targets.csv", targets.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportFile("values.csv", values.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
