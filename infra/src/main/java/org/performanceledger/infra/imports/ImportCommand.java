package org.performanceledger.infra.imports;

import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.plan.ImportProblem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line import: {@code --ledger.command=import --ledger.import.organisation=southend
 * --ledger.import.user=jsmith --ledger.import.files=indicators.csv,values.csv [--ledger.import.dry-run=true]}.
 * Prints what it did and every problem; exits 0 when imported (or, in a dry run, importable), 2 when refused.
 * It opens the data directory itself, so the ledger must not be running on it; use the REST API then.
 */
@Component
@ConditionalOnProperty(name = "ledger.command", havingValue = "import")
class ImportCommand implements ApplicationRunner {

    static final int REFUSED = 2;

    private final Imports imports;
    private final ConfigurableApplicationContext context;
    private final Environment environment;

    ImportCommand(Imports imports, ConfigurableApplicationContext context, Environment environment) {
        this.imports = imports;
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String organisation = required("ledger.import.organisation");
        String user = required("ledger.import.user");
        List<ImportFile> files = new ArrayList<>();
        for (String name : required("ledger.import.files").split(",")) {
            Path path = Path.of(name.strip());
            files.add(new ImportFile(path.getFileName().toString(), Files.readAllBytes(path)));
        }
        boolean dryRun = environment.getProperty("ledger.import.dry-run", Boolean.class, false);
        Caller operator = new Caller(LedgerUser.operator(user, user, "CLI"), Channel.COMMAND_LINE, null);
        ImportReport report = imports.run(operator, organisation, files, dryRun);
        report.files().forEach(file -> System.out.printf("%s  sha256 %s%n", file.name(), file.sha256()));
        report.warnings().forEach(warning -> System.out.println("warning: " + describe(warning)));
        report.errors().forEach(error -> System.out.println("error: " + describe(error)));
        System.out.printf("%s: %d to add, %d to change, %d unchanged; %d events recorded%n",
                report.recorded() ? "Imported" : dryRun && report.errors().isEmpty() ? "Dry run" : "Refused",
                report.added(), report.changed(), report.unchanged(), report.eventsRecorded());
        int exitCode = report.errors().isEmpty() ? 0 : REFUSED;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    static String describe(ImportProblem problem) {
        return problem.file() + (problem.sheet() == null ? "" : " [" + problem.sheet() + "]")
                + (problem.line() == null ? "" : " line " + problem.line())
                + (problem.column() == null ? "" : ", " + problem.column()) + ": " + problem.reason();
    }

    private String required(String property) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + property + " is required for --ledger.command=import");
        }
        return value;
    }
}
