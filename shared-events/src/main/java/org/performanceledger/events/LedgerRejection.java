package org.performanceledger.events;

/**
 * A command the ledger refused on a business rule. Nothing was recorded.
 * Carries a typed {@link LedgerErrorCode} and, where one field is to blame, its name.
 */
public class LedgerRejection extends RuntimeException {

    private final LedgerErrorCode code;
    private final String field;

    public LedgerRejection(LedgerErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public LedgerErrorCode code() {
        return code;
    }

    /** The request field the refusal is about, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }
}
