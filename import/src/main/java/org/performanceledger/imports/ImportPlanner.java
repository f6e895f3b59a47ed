package org.performanceledger.imports;

import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.SheetRows;
import org.performanceledger.imports.files.FileKind;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.RecognisedSheet;
import org.performanceledger.imports.files.SheetRecognition;
import org.performanceledger.imports.files.SheetRow;
import org.performanceledger.imports.indicators.IndicatorRows;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.PlanRecorder;
import org.performanceledger.imports.targets.TargetRows;
import org.performanceledger.imports.values.ValueRows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns import files into the commands that record what they hold, comparing each fact with what the ledger holds
 * already so that a fact already there is left alone: importing the same file twice changes nothing. Reads the
 * ledger only through the {@link LedgerDirectory}, and remembers what its own earlier rows record, so a value
 * imported twice in one file is recorded once and then corrected. Whatever order the files come in, indicators are
 * planned first, then targets, then values.
 */
public final class ImportPlanner {

    private ImportPlanner() {
    }

    /** Plans the import of these files into the organisation, against the ledger as the directory shows it. */
    public static ImportPlan plan(String organisationId, List<ImportFile> files, LedgerDirectory directory) {
        PlanRecorder recorder = new PlanRecorder();
        LedgerSnapshot ledger = new LedgerSnapshot(organisationId, directory);
        Map<FileKind, List<RecognisedSheet>> byKind = new EnumMap<>(FileKind.class);
        for (ImportFile file : files) {
            if (!recorder.file(file.name(), file.checksum())) {
                // Events name their file: two of one name could not be told apart afterwards.
                recorder.problem(new ImportProblem(file.name(), null, null, null, null, "Two files are named '"
                        + file.name() + "': give each file of an import its own name"));
                continue;
            }
            SheetRecognition.recognise(file, recorder)
                    .forEach(sheet -> byKind.computeIfAbsent(sheet.kind(), k -> new ArrayList<>()).add(sheet));
        }
        for (FileKind kind : FileKind.values()) {
            for (RecognisedSheet sheet : byKind.getOrDefault(kind, List.of())) {
                SheetRows rows = rowsOf(kind, ledger);
                for (SheetRow row : sheet.rows()) {
                    rows.row(new RowCells(sheet, row, recorder));
                }
                rows.endOfSheet();
            }
        }
        return recorder.plan();
    }

    private static SheetRows rowsOf(FileKind kind, LedgerSnapshot ledger) {
        return switch (kind) {
            case INDICATORS -> new IndicatorRows(ledger);
            case TARGETS -> new TargetRows(ledger);
            case VALUES -> new ValueRows(ledger);
        };
    }
}
