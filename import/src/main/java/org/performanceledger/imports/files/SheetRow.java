package org.performanceledger.imports.files;

import java.util.List;

/**
 * One row of a CSV file or of a workbook's sheet, as text.
 *
 * @param line  the row's line as the user sees it: in a workbook the sheet's row number, in a CSV file the line the
 *              row starts on; the header is line 1
 * @param cells the cells' text, as many as the row has
 */
public record SheetRow(int line, List<String> cells) {

    /** The cell's text without surrounding spaces; empty when the row has no such cell. */
    public String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        String text = cells.get(index);
        return text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
