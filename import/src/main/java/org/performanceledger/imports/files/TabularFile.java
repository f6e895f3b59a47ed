package org.performanceledger.imports.files;

import java.util.List;

/**
 * An import file open for reading: a CSV file (one sheet) or a workbook (its sheets, in order). Each sheet is read
 * row by row, never held whole, and may be read again; blank rows are left out (a CSV file's header line excepted).
 */
public interface TabularFile extends AutoCloseable {

    /** Opens the file as CSV or as a workbook (a zip archive, whatever its name), once its size is within limits. */
    static TabularFile open(ImportFile file, ReadingGuard guard) throws ImportFileException {
        guard.checkSize(file);
        return file.isWorkbook() ? WorkbookFile.open(file, guard) : CsvFile.open(file, guard);
    }

    String name();

    int sheetCount();

    /** The sheet's name in a workbook; null for a CSV file. */
    String sheetName(int sheet);

    /** How problems name the columns under these headers: the header, and in a workbook its letter too. */
    List<String> columnLabels(List<String> headers);

    /** Reads the sheet's rows in order, each cell as Excel shows it, until the last or until the handler says stop. */
    void read(int sheet, RowHandler handler) throws ImportFileException;

    /**
     * Counts the sheet's rows below a line, without turning their cells into text: each cell's column and size are
     * held to the limits as it is read.
     */
    void count(int sheet, int afterLine, RowCounter counter) throws ImportFileException;

    @Override
    void close();
}
