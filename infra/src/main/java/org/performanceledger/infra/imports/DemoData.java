package org.performanceledger.infra.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.operations.StartupProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data on the first start of the demo profile: the organisations of {@code demo/organisations.csv}
 * and, for each, its indicator, target and value files, transcribed from the source documents (see each folder's
 * NOTES.md). Through the same import as any user's files, so every event says which file it came from; then, through
 * the performance team's own use cases, the status scheme the manifest names and the corporate aims of the folder's
 * {@code aims.csv}, if it has one. An organisation already registered is left alone: the second start loads nothing.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Who loads the demo data: recorded on every event it causes, with the role SYSTEM. */
    static final LedgerUser LOADER = LedgerUser.operator("demo-loader", "Demo data loader", "SYSTEM");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> FILES = List.of("indicators.csv", "targets.csv", "values.csv");

    private final Organisations organisations;
    private final Imports imports;
    private final StartupProgress progress;
    private final Publications publications;

    DemoData(Organisations organisations, Imports imports, StartupProgress progress, Publications publications) {
        this.organisations = organisations;
        this.imports = imports;
        this.progress = progress;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Caller demo = new Caller(LOADER, Channel.DEMO, null);
        for (CSVRecord organisation : manifest()) {
            String id = organisation.get("id");
            try {
                organisations.register(demo, new Organisations.Registration(id, organisation.get("name"),
                        Integer.valueOf(organisation.get("return due days"))));
            } catch (LedgerRejection rejection) {
                if (rejection.code() == LedgerErrorCode.ORGANISATION_ALREADY_REGISTERED) {
                    continue; // loaded on an earlier start: left as it is
                }
                throw rejection;
            }
            List<ImportFile> files = new ArrayList<>();
            for (String file : FILES) {
                ClassPathResource resource = new ClassPathResource("demo/" + id + "/" + file);
                files.add(new ImportFile(id + "/" + file, resource.getContentAsByteArray()));
            }
            ImportReport report = imports.run(demo, id, files, false);
            if (!report.errors().isEmpty()) {
                report.errors().forEach(error -> log.error("Demo data {}: {}", id, ImportCommand.describe(error)));
                throw new IllegalStateException("The demo data of '" + id + "' does not import; see the log");
            }
            describeReporting(demo, id, organisation);
            log.info("Demo data: {} ({}) loaded, {} events", organisation.get("name"), id, report.eventsRecorded());
        }
        progress.demoDataLoaded();
    }

    /** The status scheme the manifest names, and the aims of {@code aims.csv} (one line per priority). */
    private void describeReporting(Caller demo, String id, CSVRecord organisation) throws IOException {
        String scheme = organisation.isMapped("status scheme") ? organisation.get("status scheme") : "";
        if (!scheme.isBlank()) {
            publications.chooseStatusScheme(demo, id, new Publications.SchemeChoice(StatusScheme.valueOf(scheme),
                    organisation.get("status scheme reason")));
        }
        ClassPathResource aims = new ClassPathResource("demo/" + id + "/aims.csv");
        if (!aims.exists()) {
            return;
        }
        Map<String, List<String>> priorities = new LinkedHashMap<>();
        for (CSVRecord line : records(aims)) {
            priorities.computeIfAbsent(line.get("aim"), aim -> new ArrayList<>()).add(line.get("priority"));
        }
        priorities.forEach((aim, list) -> publications.describeCorporateAim(demo, id, aim,
                new Publications.AimDescription(null, list)));
    }

    private static List<CSVRecord> manifest() throws IOException {
        return records(new ClassPathResource("demo/organisations.csv"));
    }

    private static List<CSVRecord> records(ClassPathResource file) throws IOException {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
