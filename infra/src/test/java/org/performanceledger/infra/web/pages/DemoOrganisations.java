package org.performanceledger.infra.web.pages;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.imports.files.ImportFile;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo organisation's data (src/main/resources/demo/) in the running ledger of the page tests, which starts
 * without it: registered and imported through the application layer, as the demo profile's loader does, by the
 * first test that needs it; the tests after it find it there. About two seconds for southend.
 */
final class DemoOrganisations {

    private static final Caller LOADER = new Caller(LedgerUser.operator("demo-loader", "Demo data loader", "SYSTEM"),
            Channel.DEMO, null);

    private DemoOrganisations() {
    }

    static synchronized void ensureLoaded(Organisations organisations, Imports imports, String id) {
        try {
            organisations.existing(id);
            return;
        } catch (LedgerRejection rejection) {
            assertThat(rejection.code()).isEqualTo(LedgerErrorCode.ORGANISATION_NOT_FOUND);
        }
        CSVRecord organisation = manifest().stream().filter(row -> row.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo organisation '" + id + "'"));
        organisations.register(LOADER, new Organisations.Registration(id, organisation.get("name"),
                Integer.valueOf(organisation.get("return due days"))));
        List<ImportFile> files = new ArrayList<>();
        for (String file : List.of("indicators.csv", "targets.csv", "values.csv")) {
            files.add(new ImportFile(id + "/" + file, bytes("demo/" + id + "/" + file)));
        }
        ImportReport report = imports.run(LOADER, id, files, false);
        assertThat(report.errors()).as("the demo data of %s imports", id).isEmpty();
    }

    private static List<CSVRecord> manifest() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/organisations.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
