package org.performanceledger.application.imports;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.files.FileKind;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.ImportPlanner;
import org.performanceledger.imports.files.ImportLimits;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;
import org.performanceledger.imports.files.ImportTemplates;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Imports of indicators, targets and values from CSV files and workbooks (docs/import.md): planned against the
 * ledger, every command that records something new sent, and all of it kept or none (docs/adr/0007). The whole
 * import is one unit of work, so its events reach the event store in one write when every command succeeded, and
 * not at all when any row was refused or only a dry run was asked for.
 */
public class Imports {

    /** The source every imported event records, beside its file and checksum. */
    static final String SOURCE = "import";

    private final Ledger ledger;
    private final LedgerDirectory directory;
    private final Clock clock;

    public Imports(Ledger ledger, LedgerDirectory directory, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /** Imports the files into the organisation (performance team), or in a dry run only says what it would do. */
    public ImportReport run(Caller caller, String organisationId, List<ImportFile> files, boolean dryRun) {
        return run(caller, organisationId, files, dryRun, () -> false);
    }

    /**
     * As {@link #run(Caller, String, List, boolean)}, stopping when {@code cancelled} answers true: it is asked between
     * rows while the files are read and planned, and before each command while they are recorded, as the time limit
     * is checked, so a cancelled import records nothing (its report names the row it stopped at).
     *
     * @param cancelled true when nobody waits for the import any more (its HTTP client went away)
     */
    public ImportReport run(Caller caller, String organisationId, List<ImportFile> files, boolean dryRun,
                            BooleanSupplier cancelled) {
        String role = Action.IMPORT.requireBy(caller.user(), organisationId);
        if (files.isEmpty()) {
            throw new LedgerRejection(LedgerErrorCode.IMPORT_REFUSED, "file", "Send at least one file");
        }
        if (directory.organisation(organisationId).isEmpty()) {
            throw LedgerRejection.organisationNotFound(organisationId);
        }
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("An import is a unit of work of its own, not part of another");
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            // One time limit for the whole import, whoever is waiting for it: the planner stops between rows, and
            // recording stops between commands, so an import whose client has gone away unnoticed ends within the
            // limit; one whose caller cancels it (the client seen to go) stops at the same points.
            Instant deadline = clock.instant().plus(ImportLimits.DEFAULT.timeLimit());
            ImportPlan plan = ImportPlanner.plan(organisationId, files, directory, ImportLimits.DEFAULT, clock,
                    cancelled);
            List<ImportProblem> errors = new ArrayList<>(plan.problems());
            Map<String, String> checksums = plan.files();
            for (ImportStep step : plan.steps()) {
                if (!clock.instant().isBefore(deadline)) {
                    errors.add(new ImportProblem(step.file(), step.sheet(), step.line(), null, null,
                            "The import took longer than its limit of " + ImportLimits.DEFAULT.timeLimit().toSeconds()
                                    + " s and was stopped at this row; nothing was recorded. Import fewer rows at a "
                                    + "time (a few years per file)"));
                    break;
                }
                if (step.command() != null && cancelled.getAsBoolean()) {
                    errors.add(new ImportProblem(step.file(), step.sheet(), step.line(), null, null,
                            "The import was cancelled at this row (nobody was waiting for it any more); nothing was "
                                    + "recorded"));
                    break;
                }
                if (step.command() != null) {
                    send(caller, role, step, checksums.get(step.file()), errors);
                }
            }
            boolean record = errors.isEmpty() && !dryRun;
            if (record) {
                unitOfWork.commit();
            } else {
                unitOfWork.rollback();
            }
            return report(organisationId, dryRun, record, plan, errors);
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    /** A CSV template for one kind of import file: indicators, targets or values. */
    public String csvTemplate(String kind) {
        return ImportTemplates.csv(kind(kind));
    }

    /** A workbook template with a sheet for each kind of import file. */
    public byte[] workbookTemplate() {
        return ImportTemplates.workbook();
    }

    private void send(Caller caller, String role, ImportStep step, String checksum, List<ImportProblem> errors) {
        Map<String, Object> provenance = Map.of(ProvenanceKeys.SOURCE, SOURCE, ProvenanceKeys.IMPORT_FILE,
                step.file(), ProvenanceKeys.IMPORT_CHECKSUM, checksum);
        try {
            ledger.send(caller.withIdempotencyKey(null), role, step.command(), provenance);
        } catch (LedgerRejection rejection) {
            errors.add(problem(step, rejection.field(), rejection.getMessage()));
        } catch (InvalidRequest invalid) {
            for (InvalidRequest.Violation violation : invalid.violations()) {
                errors.add(problem(step, violation.field(), violation.field() + " " + violation.message()));
            }
        }
    }

    private static FileKind kind(String kind) {
        try {
            return FileKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LedgerRejection(LedgerErrorCode.TEMPLATE_NOT_FOUND, "kind",
                    "No template '" + kind + "': there are indicators, targets and values");
        }
    }

    private static ImportProblem problem(ImportStep step, String field, String reason) {
        ImportStep.Location location = step.locate(field);
        return new ImportProblem(step.file(), step.sheet(), location.line(), location.column(), null,
                step.subject() + ": " + reason);
    }

    private static ImportReport report(String organisationId, boolean dryRun, boolean recorded, ImportPlan plan,
                                       List<ImportProblem> errors) {
        long added = plan.count(ImportStep.Change.ADD);
        long changed = plan.count(ImportStep.Change.CHANGE);
        List<ImportReport.File> files = plan.files().entrySet().stream()
                .map(file -> new ImportReport.File(file.getKey(), file.getValue())).toList();
        List<ImportReport.Item> items = plan.steps().stream().map(step -> new ImportReport.Item(step.file(),
                step.sheet(), step.line(), step.subject(), step.change(), step.detail())).toList();
        // Every added or changed fact is one command, and every command records one event.
        return new ImportReport(organisationId, dryRun, recorded, files, recorded ? added + changed : 0, added,
                changed, plan.count(ImportStep.Change.UNCHANGED), items, List.copyOf(errors), plan.warnings());
    }
}
