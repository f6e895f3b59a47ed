package org.performanceledger.imports.cells;

import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.files.RecognisedSheet;
import org.performanceledger.imports.files.SheetRow;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;
import org.performanceledger.imports.plan.PlanRecorder;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a sheet: reads its cells by column and records their problems against its line and their columns. A
 * cell holding a formula the workbook was saved without a result for is refused as soon as the row is read (the
 * import never calculates formulas), and reads as blank without being refused again.
 */
public final class RowCells {

    private final RecognisedSheet sheet;
    private final SheetRow row;
    private final PlanRecorder recorder;
    private final Set<Column> refused = new HashSet<>();
    private boolean failed;

    public RowCells(RecognisedSheet sheet, SheetRow row, PlanRecorder recorder) {
        this.sheet = sheet;
        this.row = row;
        this.recorder = recorder;
        for (Column column : sheet.columns().keySet()) {
            String formula = sheet.formulaWithoutResult(row, column);
            if (formula != null) {
                recorder.problem(new ImportProblem(file(), sheet.sheet(), row.line(), sheet.label(column),
                        formula.isEmpty() ? null : "=" + formula, "A formula saved without its result: the import "
                        + "never calculates formulas, it reads the result Excel saves with each. Open the workbook "
                        + "in Excel and save it again, or paste the values in place of the formulas"));
                refused.add(column);
                failed = true;
            }
        }
    }

    public String file() {
        return sheet.file();
    }

    public int line() {
        return row.line();
    }

    /** Whether any of the row's cells was refused: a refused row records nothing. */
    public boolean failed() {
        return failed;
    }

    /** The cell's text, stripped; empty when blank or when the file has no such column. */
    public String text(Column column) {
        return sheet.text(row, column);
    }

    public String optional(Column column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    /** The row's reason column, or what is said otherwise. */
    public String reason(String otherwise) {
        String reason = optional(Column.REASON);
        return reason == null ? otherwise : reason;
    }

    public String required(Column column) {
        String text = text(column);
        require(!text.isEmpty(), column, "'" + column.header() + "' is required");
        return text.isEmpty() ? null : text;
    }

    /** The cell read by the reader; null when blank or refused (the refusal recorded). */
    public <T> T parse(Column column, CellReader<T> reader) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return reader.read(text);
        } catch (CellException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    public <T> T requiredParse(Column column, CellReader<T> reader) {
        return required(column) == null ? null : parse(column, reader);
    }

    public void require(boolean condition, Column column, String reason) {
        if (!condition) {
            problem(column, reason);
        }
    }

    /** Refuses the cell, unless it was refused already (a formula without its result). */
    public void problem(Column column, String reason) {
        failed = true;
        if (refused.contains(column)) {
            return;
        }
        String text = text(column);
        recorder.problem(new ImportProblem(file(), sheet.sheet(), row.line(), sheet.label(column),
                text.isEmpty() ? null : text, reason));
    }

    public Location location(Column column) {
        return new Location(row.line(), sheet.label(column));
    }

    /** Where each of a command's fields comes from in this row. */
    public Map<String, Location> fields(Map<String, Column> columns) {
        Map<String, Location> fields = new HashMap<>();
        columns.forEach((field, column) -> fields.put(field, location(column)));
        return fields;
    }

    /** Records a step of this row: its command, unless it changes nothing. */
    public void step(String subject, Change change, String detail, Object command, Map<String, Location> fields) {
        recorder.step(new ImportStep(file(), sheet.sheet(), row.line(), subject, change, detail,
                change == Change.UNCHANGED ? null : Objects.requireNonNull(command), Map.copyOf(fields)));
    }
}
