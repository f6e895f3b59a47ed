package org.performanceledger.imports.cells;

/** Reads a cell's text into what its column takes, or says why it cannot. */
@FunctionalInterface
public interface CellReader<T> {

    T read(String text) throws CellException;
}
