package org.performanceledger.infra.web.pages.imports;

import org.junit.jupiter.api.Test;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.organisations.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.infra.web.WhileClientWaits;
import org.performanceledger.infra.web.pages.forms.FormError;
import org.performanceledger.query.organisations.OrganisationView;
import org.mockito.ArgumentCaptor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The files between a dry run and its confirmation: held in the session when small enough, asked for again (and
 * compared by checksum) when not; a confirmation that does not name the latest dry run imports nothing.
 */
class ImportPagesSessionTest {

    private static final Caller PERFORMANCE = Caller.web(LedgerUser.person("performance", "Performance",
            Set.of(new Grant("southend", Role.PERFORMANCE))));
    private static final String CSV = "code,period,value\nCP 4.3,February 2019,90.10%\n";

    /** Runs the import at once, on the test's thread, its client never gone. */
    private static final WhileClientWaits AT_ONCE = new WhileClientWaits(new SyncTaskExecutor()) {
        @Override
        public <T> DeferredResult<T> run(HttpServletRequest request, Function<BooleanSupplier, T> work) {
            return answered(work.apply(() -> false));
        }
    };
    private static final HttpServletRequest REQUEST = new MockHttpServletRequest();

    private final Imports imports = mock(Imports.class);
    private final Organisations organisations = mock(Organisations.class);
    private final MockHttpSession session = new MockHttpSession();

    ImportPagesSessionTest() {
        when(organisations.find(any(), eq("southend"))).thenReturn(new OrganisationView("southend", "Southend", 10,
                Instant.EPOCH));
        when(imports.run(any(), eq("southend"), anyList(), eq(true), any())).thenReturn(report(true));
        when(imports.run(any(), eq("southend"), anyList(), eq(false), any())).thenReturn(report(false));
    }

    @Test
    void smallFilesAreHeldBetweenTheDryRunAndTheConfirmationWhichImportsExactlyThem() throws IOException {
        ImportPages pages = new ImportPages(imports, organisations, AT_ONCE, 1024);

        assertThat(view(pages.dryRun(PERFORMANCE, "southend", List.of(file("values.csv", CSV)), session,
                new ExtendedModelMap(), REQUEST))).isEqualTo("redirect:/organisations/{org}/imports/check");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String view = view(pages.confirm(PERFORMANCE, "southend", pendingId(pages), null, session,
                new ExtendedModelMap(), redirect, REQUEST));

        assertThat(view).isEqualTo("redirect:/organisations/{org}/imports/result");
        assertThat(importedFiles()).singleElement().satisfies(imported -> {
            assertThat(imported.name()).isEqualTo("values.csv");
            assertThat(new String(imported.content(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        });
        assertThat(redirect.getFlashAttributes()).containsKey("report");
        assertThat(session.getAttributeNames().hasMoreElements()).as("nothing left in the session").isFalse();
    }

    @Test
    void filesTooLargeToHoldAreAskedForAgainAndOnlyTheSameFilesAreImported() throws IOException {
        ImportPages pages = new ImportPages(imports, organisations, AT_ONCE, 10);
        pages.dryRun(PERFORMANCE, "southend", List.of(file("values.csv", CSV)), session, new ExtendedModelMap(),
                REQUEST);
        String id = pendingId(pages);

        ExtendedModelMap model = new ExtendedModelMap();
        List<MultipartFile> another = List.of(file("values.csv", CSV + "CP 4.3,2019-03,1\n"));
        String view = view(pages.confirm(PERFORMANCE, "southend", id, another, session, model,
                new RedirectAttributesModelMap(), REQUEST));

        assertThat(view).isEqualTo("imports/check");
        assertThat(model.get("refusals")).isEqualTo(List.of(new FormError("files",
                "Select the same files you checked, in the same order")));
        verify(imports, never()).run(any(), any(), anyList(), eq(false), any());

        view = view(pages.confirm(PERFORMANCE, "southend", id, List.of(file("values.csv", CSV)), session,
                new ExtendedModelMap(), new RedirectAttributesModelMap(), REQUEST));

        assertThat(view).isEqualTo("redirect:/organisations/{org}/imports/result");
        assertThat(importedFiles()).singleElement().extracting(ImportFile::name).isEqualTo("values.csv");
    }

    @Test
    void aConfirmationStoppedBecauseTheBrowserWentKeepsTheCheckedImportWaitingAndAStoppedDryRunChangesNothing()
            throws IOException {
        WhileClientWaits browserGone = new WhileClientWaits(new SyncTaskExecutor()) {
            @Override
            public <T> DeferredResult<T> run(HttpServletRequest request, Function<BooleanSupplier, T> work) {
                return answered(work.apply(() -> true));
            }
        };
        ImportPages pages = new ImportPages(imports, organisations, AT_ONCE, 1024);
        pages.dryRun(PERFORMANCE, "southend", List.of(file("values.csv", CSV)), session, new ExtendedModelMap(),
                REQUEST);
        String id = pendingId(pages);
        ImportPages gone = new ImportPages(imports, organisations, browserGone, 1024);
        when(imports.run(any(), eq("southend"), anyList(), eq(false), any())).thenReturn(new ImportReport(
                "southend", false, false, List.of(new ImportReport.File("values.csv", "00")), 0, 0, 0, 0, List.of(),
                List.of(), List.of()));

        gone.confirm(PERFORMANCE, "southend", id, null, session, new ExtendedModelMap(),
                new RedirectAttributesModelMap(), REQUEST);
        assertThat(pendingId(pages)).as("still waiting, to be confirmed again").isEqualTo(id);

        gone.dryRun(PERFORMANCE, "southend", List.of(file("other.csv", CSV)), session, new ExtendedModelMap(),
                REQUEST);
        assertThat(pendingId(pages)).as("a dry run stopped for nobody replaces nothing").isEqualTo(id);
    }

    @Test
    void aConfirmationFromAnOlderDryRunImportsNothing() throws IOException {
        ImportPages pages = new ImportPages(imports, organisations, AT_ONCE, 1024);
        pages.dryRun(PERFORMANCE, "southend", List.of(file("values.csv", CSV)), session, new ExtendedModelMap(),
                REQUEST);

        ExtendedModelMap model = new ExtendedModelMap();
        String view = view(pages.confirm(PERFORMANCE, "southend", "an-older-dry-run", null, session, model,
                new RedirectAttributesModelMap(), REQUEST));

        assertThat(view).isEqualTo("imports/upload");
        assertThat(model.get("refusals")).isEqualTo(List.of(new FormError("files",
                "The files you checked are no longer waiting to be imported: upload them again")));
        verify(imports, never()).run(any(), any(), anyList(), eq(false), any());
    }

    @Test
    void noFileChosenIsAskedForWithoutRunningAnything() throws IOException {
        ImportPages pages = new ImportPages(imports, organisations, AT_ONCE, 1024);
        ExtendedModelMap model = new ExtendedModelMap();

        // A browser sends one empty part without a file name when no file was chosen.
        String view = view(pages.dryRun(PERFORMANCE, "southend", List.of(file("", "")), session, model,
                REQUEST));

        assertThat(view).isEqualTo("imports/upload");
        assertThat(model.get("refusals")).isEqualTo(List.of(new FormError("files",
                "Select a CSV file or an Excel workbook")));
        verify(imports, never()).run(any(), any(), anyList(), any(Boolean.class), any());
    }

    private String pendingId(ImportPages pages) {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(pages.check(PERFORMANCE, "southend", session, model)).isEqualTo("imports/check");
        return ((PendingImport) model.get("pending")).id();
    }

    @SuppressWarnings("unchecked")
    private List<ImportFile> importedFiles() {
        ArgumentCaptor<List<ImportFile>> files = ArgumentCaptor.forClass(List.class);
        verify(imports).run(eq(PERFORMANCE), eq("southend"), files.capture(), eq(false), any());
        return files.getValue();
    }

    /** The view a handler answered with, there and then (the imports here run at once). */
    private static String view(DeferredResult<String> answer) {
        assertThat(answer.hasResult()).as("answered").isTrue();
        return (String) answer.getResult();
    }

    private static MultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportReport report(boolean dryRun) {
        return new ImportReport("southend", dryRun, !dryRun, List.of(new ImportReport.File("values.csv", "00")),
                dryRun ? 0 : 1, 1, 0, 0, List.of(), List.of(), List.of());
    }
}
