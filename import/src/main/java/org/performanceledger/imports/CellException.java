package org.performanceledger.imports;

/** A cell whose text is not what its column takes; the message says what would be. */
class CellException extends Exception {

    CellException(String message) {
        super(message, null, false, false);
    }
}
