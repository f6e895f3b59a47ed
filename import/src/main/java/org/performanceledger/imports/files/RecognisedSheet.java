package org.performanceledger.imports.files;

import java.util.List;
import java.util.Map;

/**
 * A CSV file or a workbook's sheet whose headers were matched: which kind of file it is and where each known column
 * is.
 *
 * @param file         the file's name
 * @param sheet        the sheet's name in a workbook; null for a CSV file
 * @param sheetIndex   the sheet's place in its workbook, from 0; 0 for a CSV file
 * @param headerLine   the header's line: the rows below it are the data
 * @param columns      each known column's index
 * @param columnLabels how a problem names each column: its header, and in a workbook its letter too
 */
public record RecognisedSheet(String file, String sheet, int sheetIndex, int headerLine, FileKind kind,
                              Map<Column, Integer> columns, List<String> columnLabels) {

    /** How a problem names the column: as the file heads it, or by its template name when the file has none. */
    public String label(Column column) {
        Integer index = columns.get(column);
        return index == null ? column.header() : columnLabels.get(index);
    }

    /** The column's text in the row; empty when the file has no such column. */
    public String text(SheetRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The formula of the column's cell when the workbook was saved without its result; null otherwise. */
    public String formulaWithoutResult(SheetRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? null : row.formulaWithoutResult(index);
    }
}
