package org.performanceledger.events;

/**
 * Why the ledger refused a command. Clients and tests match on these codes, never on message text.
 */
public enum LedgerErrorCode {
    /** The indicator code is already registered in that organisation. */
    INDICATOR_ALREADY_REGISTERED(Kind.CONFLICT),
    /** No indicator is registered under that code in that organisation. */
    INDICATOR_NOT_FOUND(Kind.NOT_FOUND),
    /** Someone else changed the same thing at the same moment; the command can be retried. */
    CONCURRENT_CHANGE(Kind.CONFLICT);

    /** How a refusal maps onto the caller's expectations (and so onto HTTP status codes). */
    public enum Kind {
        /** The request is well-formed but contradicts the ledger's current state. */
        CONFLICT,
        /** The request names something the ledger does not hold. */
        NOT_FOUND,
        /** The request is well-formed but breaks a business rule. */
        RULE
    }

    private final Kind kind;

    LedgerErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
