package org.performanceledger.imports.files;

/** Takes the rows of a sheet as they are read. */
@FunctionalInterface
public interface RowHandler {

    /** @return false to stop reading the sheet here */
    boolean row(SheetRow row);
}
