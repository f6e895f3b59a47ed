package org.performanceledger.imports.files;

import java.time.Duration;

/**
 * How much one import may ask of the ledger: beyond any of these the import is refused before anything is planned,
 * with a problem naming the file (and the sheet and row where it applies). docs/import.md lists them.
 *
 * @param maxFileBytes      the size of one file as uploaded
 * @param maxRowsPerFile    data rows in one file (all its sheets of a known kind; blank rows are not counted)
 * @param maxColumns        columns a row may reach (a workbook's column letter, a CSV record's cells)
 * @param maxCellsPerImport non-blank cells read in all the files of one import, headers included
 * @param maxCellChars      characters in one cell: Excel's own limit is 32,767
 * @param timeLimit         for the whole import: reading and planning it (checked between rows) and recording it
 *                          (checked between commands)
 */
public record ImportLimits(long maxFileBytes, int maxRowsPerFile, int maxColumns, long maxCellsPerImport,
                           int maxCellChars, Duration timeLimit) {

    /**
     * Room for ten years of monthly values of a few hundred indicators in one file (the benchmark's 60 indicators
     * are 7,200 rows), and little beyond: a file of hundreds of thousands of rows is refused in seconds instead of
     * taking minutes and gigabytes. 20 MB is also the upload limit (spring.servlet.multipart.max-file-size). Two
     * minutes is enough for ten years of a council's values with room to spare (the benchmark's 7,860 in about 9 s),
     * and bounds the work an import does after its client has gone away, which a servlet container cannot tell.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 50_000, 200, 1_000_000, 32_767,
            Duration.ofSeconds(120));

    public ImportLimits {
        if (maxFileBytes <= 0 || maxRowsPerFile <= 0 || maxColumns <= 0 || maxCellsPerImport <= 0
                || maxCellChars <= 0 || timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("Every import limit must be positive: file bytes " + maxFileBytes
                    + ", rows " + maxRowsPerFile + ", columns " + maxColumns + ", cells " + maxCellsPerImport
                    + ", characters " + maxCellChars + ", time " + timeLimit);
        }
    }
}
