package org.performanceledger.imports.cells;

/** Reads the rows of one sheet of one kind into steps: each row in turn, then the end of the sheet. */
public interface SheetRows {

    void row(RowCells row);

    /** After the sheet's last row: what gathers several rows (a target and its profile) is planned now. */
    default void endOfSheet() {
    }
}
