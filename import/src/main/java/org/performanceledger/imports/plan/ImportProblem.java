package org.performanceledger.imports.plan;

/**
 * Something wrong with a file, a row or a cell, or a warning about one.
 *
 * @param file   the file's name
 * @param sheet  the workbook sheet, or null for a CSV file
 * @param line   the row's line (the header is line 1); null for the whole file
 * @param column the column as the file heads it (in a workbook with its letter); null for the whole row
 * @param value  the cell's text, when a cell is at fault
 * @param reason what is wrong, and what would be right
 */
public record ImportProblem(String file, String sheet, Integer line, String column, String value, String reason) {
}
