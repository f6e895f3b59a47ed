package org.performanceledger.imports.files;

import java.util.List;

/**
 * One CSV file, or one sheet of a workbook, as text: its header and its rows.
 *
 * @param file         the file's name
 * @param sheet        the sheet's name in a workbook; null for a CSV file
 * @param headers      the header cells as written
 * @param columnLabels how a problem names each column: its header, and in a workbook its letter too
 * @param rows         the data rows, blank ones left out
 */
record Table(String file, String sheet, List<String> headers, List<String> columnLabels, List<SheetRow> rows) {
}
