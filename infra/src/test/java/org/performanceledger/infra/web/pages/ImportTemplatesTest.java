package org.performanceledger.infra.web.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.imports.files.FileKind;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportTemplates;
import org.performanceledger.imports.plan.ImportStep;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloadable import templates, imported as they are into an organisation with data (Southend's demo), add
 * their example and touch nothing the organisation holds: no indicator renamed, no target or commentary changed.
 */
class ImportTemplatesTest extends RunningLedger {

    private static final Caller CHECKER = new Caller(LedgerUser.operator("template-check", "Template check",
            "SYSTEM"), Channel.DEMO, null);

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;

    @BeforeEach
    void southend() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
    }

    @Test
    void theTemplatesImportedUntouchedChangeNothingTheOrganisationHolds() {
        ImportReport report = imports.run(CHECKER, "southend", List.of(new ImportFile("template.xlsx",
                ImportTemplates.workbook())), true);

        assertThat(report.errors()).isEmpty();
        assertThat(report.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.subject()).as("only the example's own rows").startsWith(FileKind.EXAMPLE_CODE + " ");
            assertThat(item.change()).as(item.subject()).isNotEqualTo(ImportStep.Change.CHANGE);
        });
    }
}
