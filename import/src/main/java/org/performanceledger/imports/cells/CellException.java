package org.performanceledger.imports.cells;

/** A cell whose text is not what its column takes; the message says what would be. */
public class CellException extends Exception {

    public CellException(String message) {
        super(message, null, false, false);
    }
}
