package org.performanceledger.imports.files;

/** Takes the rows of a sheet as they are counted, unformatted: only their lines and how many cells they fill. */
@FunctionalInterface
public interface RowCounter {

    void row(int line, int filledCells);
}
