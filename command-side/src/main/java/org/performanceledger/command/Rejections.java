package org.performanceledger.command;

import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;

/** Shorthand for refusing a command with a typed code, naming the field at fault. */
public final class Rejections {

    private Rejections() {
    }

    public static LedgerRejection reject(LedgerErrorCode code, String field, String message) {
        return new LedgerRejection(code, field, message);
    }

    public static void require(boolean rule, LedgerErrorCode code, String field, String message) {
        if (!rule) {
            throw reject(code, field, message);
        }
    }
}
