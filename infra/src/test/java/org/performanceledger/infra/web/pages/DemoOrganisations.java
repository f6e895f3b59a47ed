package org.performanceledger.infra.web.pages;

import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.views.Views;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.imports.files.ImportFile;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A demo organisation's data (the files under {@code demo/<id>/}) in the running ledger, imported as the demo
 * profile imports it, once per test run: the page tests start without demo data, and need only what they show.
 * Loading twice changes nothing (the import records nothing that is already there), so test classes may each ask.
 */
final class DemoOrganisations {

    private static final LedgerUser LOADER = LedgerUser.operator("demo-loader", "Demo data loader", "SYSTEM");
    private static final Set<String> LOADED = new HashSet<>();

    private DemoOrganisations() {
    }

    /** Southend-on-Sea: 29 monthly indicators, values from April 2017 to January 2019 (seed 004). */
    static synchronized void southend(Organisations organisations, Imports imports, Indicators indicators,
                                      Views views) {
        load("southend", "Southend-on-Sea Borough Council", 29, organisations, imports, indicators, views);
    }

    /**
     * Southend-on-Sea as above, with its five corporate aims and their priorities (the demo's aims.csv), which its
     * reports print above each aim's indicators, described as the demo profile describes them.
     */
    static synchronized void southendWithAims(Organisations organisations, Imports imports, Indicators indicators,
                                              Publications publications, Views views) {
        southend(organisations, imports, indicators, views);
        if (LOADED.contains("southend aims")) {
            return;
        }
        Map<String, List<String>> priorities = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/southend/aims.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord line : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                priorities.computeIfAbsent(line.get("aim"), aim -> new ArrayList<>()).add(line.get("priority"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Caller demo = new Caller(LOADER, Channel.DEMO, null);
        priorities.forEach((aim, list) -> publications.describeCorporateAim(demo, "southend", aim,
                new Publications.AimDescription(null, list)));
        caughtUp(views);
        LOADED.add("southend aims");
    }

    /** Kent's Skills & Employability Service: quarterly, termly and annual indicators (seed 003). */
    static synchronized void kent(Organisations organisations, Imports imports, Indicators indicators, Views views) {
        load("kent", "Kent County Council: Skills & Employability Service", 19, organisations, imports, indicators,
                views);
    }

    private static void load(String id, String name, int indicatorCount, Organisations organisations,
                             Imports imports, Indicators indicators, Views views) {
        if (LOADED.contains(id)) {
            return;
        }
        Caller demo = new Caller(LOADER, Channel.DEMO, null);
        try {
            organisations.register(demo, new Organisations.Registration(id, name, 10));
        } catch (LedgerRejection rejection) {
            if (rejection.code() != LedgerErrorCode.ORGANISATION_ALREADY_REGISTERED) {
                throw rejection;
            }
        }
        List<ImportFile> files = new ArrayList<>();
        for (String file : List.of("indicators.csv", "targets.csv", "values.csv")) {
            try {
                files.add(new ImportFile(id + "/" + file,
                        new ClassPathResource("demo/" + id + "/" + file).getContentAsByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ImportReport report = imports.run(demo, id, files, false);
        assertThat(report.errors()).as("the demo data of " + id + " imports").isEmpty();
        // The views catch up after the import: wait until the register shows every indicator (tests may add more);
        // until the directory view has the organisation itself, reading its register is refused as not found.
        await().atMost(Duration.ofSeconds(30)).ignoreException(LedgerRejection.class)
                .until(() -> indicators.register(demo, id, null).size() >= indicatorCount);
        // And every other view: the history view (values, reports) may follow the register a moment behind, and a
        // page asked for meanwhile would not find the value it shows (a correction form answered 404 once in CI).
        caughtUp(views);
        LOADED.add(id);
    }

    private static void caughtUp(Views views) {
        try {
            assertThat(views.awaitCaughtUp(Duration.ofSeconds(30))).as("every view caught up").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
