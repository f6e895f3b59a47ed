package org.performanceledger.imports;

import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.SheetRows;
import org.performanceledger.imports.files.FileKind;
import org.performanceledger.imports.files.FileSurvey;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportFileException;
import org.performanceledger.imports.files.ImportLimits;
import org.performanceledger.imports.files.ReadingGuard;
import org.performanceledger.imports.files.ReadingStopped;
import org.performanceledger.imports.files.RecognisedSheet;
import org.performanceledger.imports.files.TabularFile;
import org.performanceledger.imports.indicators.IndicatorRows;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.PlanRecorder;
import org.performanceledger.imports.targets.TargetRows;
import org.performanceledger.imports.values.ValueRows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Turns import files into the commands that record what they hold, comparing each fact with what the ledger holds
 * already so that a fact already there is left alone: importing the same file twice changes nothing. Reads the
 * ledger only through the {@link LedgerDirectory}, and remembers what its own earlier rows record, so a value
 * imported twice in one file is recorded once and then corrected.
 * <p>
 * Each file is read twice, a row at a time: first against the {@link ImportLimits} (and to recognise its sheets),
 * then to plan its rows, indicators first, then targets, then values, whatever order the files come in. A limit
 * reached, the time limit, or the caller's cancelling stops it: the plan then has that problem and no steps.
 */
public final class ImportPlanner {

    private ImportPlanner() {
    }

    /** Plans the import within the default limits, with no way to cancel but the time limit. */
    public static ImportPlan plan(String organisationId, List<ImportFile> files, LedgerDirectory directory) {
        return plan(organisationId, files, directory, ImportLimits.DEFAULT, Clock.systemUTC(), () -> false);
    }

    /**
     * Plans the import of these files into the organisation, against the ledger as the directory shows it.
     *
     * @param clock     what the time limit is measured by, from now
     * @param cancelled asked between rows: true stops the planning (the HTTP client went away, say)
     */
    public static ImportPlan plan(String organisationId, List<ImportFile> files, LedgerDirectory directory,
                                  ImportLimits limits, Clock clock, BooleanSupplier cancelled) {
        PlanRecorder recorder = new PlanRecorder();
        ReadingGuard guard = new ReadingGuard(limits, clock, cancelled);
        List<TabularFile> opened = new ArrayList<>();
        try {
            Map<FileKind, List<Sheet>> byKind = survey(files, guard, recorder, opened);
            LedgerSnapshot ledger = new LedgerSnapshot(organisationId, directory);
            for (FileKind kind : FileKind.values()) {
                for (Sheet sheet : byKind.getOrDefault(kind, List.of())) {
                    planRows(sheet, rowsOf(kind, ledger), recorder);
                }
            }
            return recorder.plan();
        } catch (ReadingStopped stopped) {
            recorder.problem(stopped.problem());
            return recorder.stoppedPlan();
        } finally {
            opened.forEach(TabularFile::close);
        }
    }

    /** A sheet to plan, and the file it is read from. */
    private record Sheet(TabularFile file, RecognisedSheet recognised) {
    }

    private static Map<FileKind, List<Sheet>> survey(List<ImportFile> files, ReadingGuard guard,
                                                     PlanRecorder recorder, List<TabularFile> opened) {
        Map<FileKind, List<Sheet>> byKind = new EnumMap<>(FileKind.class);
        for (ImportFile file : files) {
            if (!recorder.file(file.name(), file.checksum())) {
                // Events name their file: two of one name could not be told apart afterwards.
                recorder.problem(new ImportProblem(file.name(), null, null, null, null, "Two files are named '"
                        + file.name() + "': give each file of an import its own name"));
                continue;
            }
            try {
                TabularFile tabular = TabularFile.open(file, guard);
                opened.add(tabular);
                for (RecognisedSheet sheet : FileSurvey.survey(tabular, guard, recorder)) {
                    byKind.computeIfAbsent(sheet.kind(), k -> new ArrayList<>()).add(new Sheet(tabular, sheet));
                }
            } catch (ImportFileException unreadable) {
                recorder.problem(new ImportProblem(file.name(), null, null, null, null, unreadable.getMessage()));
            }
        }
        return byKind;
    }

    private static void planRows(Sheet sheet, SheetRows rows, PlanRecorder recorder) {
        RecognisedSheet recognised = sheet.recognised();
        try {
            sheet.file().read(recognised.sheetIndex(), row -> {
                if (row.line() > recognised.headerLine()) {
                    rows.row(new RowCells(recognised, row, recorder));
                }
                return true;
            });
        } catch (ImportFileException unreadable) {
            // The first reading read this sheet whole, so only a fault of the machine can bring this about.
            recorder.problem(new ImportProblem(recognised.file(), recognised.sheet(), null, null, null,
                    unreadable.getMessage()));
        }
        rows.endOfSheet();
    }

    private static SheetRows rowsOf(FileKind kind, LedgerSnapshot ledger) {
        return switch (kind) {
            case INDICATORS -> new IndicatorRows(ledger);
            case TARGETS -> new TargetRows(ledger);
            case VALUES -> new ValueRows(ledger);
        };
    }
}
