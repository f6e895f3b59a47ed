package org.performanceledger.imports.files;

import org.apache.poi.ss.util.CellReference;
import org.performanceledger.imports.plan.ImportProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Holds one import to its {@link ImportLimits} as its files are read: counts rows and cells, watches the clock and
 * asks the caller whether to go on, between rows. Whatever it refuses stops the import with a {@link ReadingStopped}
 * naming the file, and the sheet, row and column where it applies.
 */
public final class ReadingGuard {

    private final ImportLimits limits;
    private final Clock clock;
    private final Instant deadline;
    private final BooleanSupplier cancelled;
    private final Map<String, Integer> rowsPerFile = new HashMap<>();
    private long cells;

    /**
     * @param clock     the time the time limit is measured by, from now
     * @param cancelled asked between rows; true stops the import (the client went away, the caller gave up)
     */
    public ReadingGuard(ImportLimits limits, Clock clock, BooleanSupplier cancelled) {
        this.limits = limits;
        this.clock = clock;
        this.deadline = clock.instant().plus(limits.timeLimit());
        this.cancelled = cancelled;
    }

    /** Before a file is read at all. */
    void checkSize(ImportFile file) {
        if (file.content().length > limits.maxFileBytes()) {
            throw stop(file.name(), null, null, null, String.format(Locale.ROOT, "The file is %,d bytes: an import "
                    + "file may be at most %,d bytes; split it, a few years per file", file.content().length,
                    limits.maxFileBytes()));
        }
    }

    /** Between rows, whatever is being read. */
    void checkTime(String file, String sheet, int line) {
        if (cancelled.getAsBoolean()) {
            throw stop(file, sheet, line, null, "The import was cancelled before it was planned; nothing was "
                    + "recorded");
        }
        if (!clock.instant().isBefore(deadline)) {
            throw stop(file, sheet, line, null, "Reading and planning the import took longer than its limit of "
                    + limits.timeLimit().toSeconds() + " s: import fewer rows at a time (a few years per file)");
        }
    }

    /** A cell as it is read: its column (from 0) and how many characters it has so far. */
    void checkCell(String file, String sheet, int line, int column, long chars) {
        if (column >= limits.maxColumns()) {
            throw stop(file, sheet, line, label(sheet, column), "A row may have at most " + limits.maxColumns()
                    + " columns: this cell is in column " + (column + 1));
        }
        if (chars > limits.maxCellChars()) {
            throw stop(file, sheet, line, label(sheet, column), String.format(Locale.ROOT, "A cell may hold at "
                    + "most %,d characters: this one holds more", limits.maxCellChars()));
        }
    }

    /** A row of a sheet being imported, as the files are first read: counts it against the file and the import. */
    void countRow(String file, String sheet, int line, int filledCells, boolean header) {
        if (!header && rowsPerFile.merge(file, 1, Integer::sum) > limits.maxRowsPerFile()) {
            throw stop(file, sheet, line, null, String.format(Locale.ROOT, "The file has more than %,d rows, "
                    + "the most one import file may have: reading stopped at this row and nothing was imported. "
                    + "Split it, a few years per file", limits.maxRowsPerFile()));
        }
        cells += filledCells;
        if (cells > limits.maxCellsPerImport()) {
            throw stop(file, sheet, line, null, String.format(Locale.ROOT, "The import's files have more than "
                    + "%,d filled cells, the most one import may have: reading stopped at this row and nothing was "
                    + "imported. Import fewer files, or fewer years, at a time", limits.maxCellsPerImport()));
        }
    }

    private static String label(String sheet, int column) {
        return sheet == null ? "column " + (column + 1) : CellReference.convertNumToColString(column);
    }

    private static ReadingStopped stop(String file, String sheet, Integer line, String column, String reason) {
        return new ReadingStopped(new ImportProblem(file, sheet, line, column, null, reason));
    }
}
