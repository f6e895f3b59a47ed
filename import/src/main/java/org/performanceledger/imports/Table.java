package org.performanceledger.imports;

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
record Table(String file, String sheet, List<String> headers, List<String> columnLabels, List<Row> rows) {

    /**
     * @param line  the row's line as the user sees it: the header is line 1
     * @param cells the cells' text, as many as the row has
     */
    record Row(int line, List<String> cells) {

        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            String text = cells.get(index);
            return text == null ? "" : text.strip();
        }
    }
}
