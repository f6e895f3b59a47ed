package org.performanceledger.imports.files;

import java.util.List;
import java.util.Map;

/**
 * One row of a CSV file or of a workbook's sheet, as text.
 *
 * @param line                  the row's line as the user sees it: in a workbook the sheet's row number, in a CSV
 *                              file the line the row starts on; the header is line 1
 * @param cells                 the cells' text, as many as the row has
 * @param formulasWithoutResult the cells (by index) holding a formula the workbook was saved without a result for,
 *                              with the formula: such a cell reads as blank, and is refused where it is read
 */
public record SheetRow(int line, List<String> cells, Map<Integer, String> formulasWithoutResult) {

    public SheetRow(int line, List<String> cells) {
        this(line, cells, Map.of());
    }

    /** The cell's text without surrounding spaces; empty when the row has no such cell. */
    public String cell(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        String text = cells.get(index);
        return text == null ? "" : text.strip();
    }

    /** The formula of a cell without a saved result, or null. */
    public String formulaWithoutResult(int index) {
        return formulasWithoutResult.get(index);
    }

    /** How many cells have anything in them (a formula without result counts). */
    public int filledCells() {
        int filled = formulasWithoutResult.size();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            filled += cell != null && !cell.isBlank() && !formulasWithoutResult.containsKey(i) ? 1 : 0;
        }
        return filled;
    }

    public boolean isBlank() {
        return filledCells() == 0;
    }
}
