package org.performanceledger.imports.files;

/** A file that cannot be read as a table at all: not CSV, a damaged workbook, no header. */
public class ImportFileException extends Exception {

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }

    ImportFileException(String message) {
        super(message);
    }
}
