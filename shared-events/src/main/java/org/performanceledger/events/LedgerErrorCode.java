package org.performanceledger.events;

/**
 * Why the ledger refused a command or a query. Clients and tests match on these codes, never on message text.
 */
public enum LedgerErrorCode {
    /** The organisation id is already registered. */
    ORGANISATION_ALREADY_REGISTERED(Kind.CONFLICT),
    /** No organisation is registered under that id. */
    ORGANISATION_NOT_FOUND(Kind.NOT_FOUND),
    /** The indicator code is already registered in that organisation. */
    INDICATOR_ALREADY_REGISTERED(Kind.CONFLICT),
    /** No indicator is registered under that code in that organisation. */
    INDICATOR_NOT_FOUND(Kind.NOT_FOUND),
    /** The indicator was retired or re-coded: it takes no more values, targets or commentary. */
    INDICATOR_RETIRED(Kind.RULE),
    /** An amendment that would change nothing. */
    NOTHING_CHANGED(Kind.RULE),
    /** A period or year that is not written in one of the ledger's forms (2019-01, 2019-Q3, 2018-19-T2, 2018-19). */
    PERIOD_MALFORMED(Kind.INVALID),
    /** The period is not one of the indicator's (wrong form for its frequency, or outside the year). */
    PERIOD_NOT_IN_YEAR(Kind.RULE),
    /** A value for a period that has not begun by the ledger's clock. */
    PERIOD_NOT_BEGUN(Kind.RULE),
    /** A period too far ahead of the ledger's clock (targets), or not yet ended (publications). */
    PERIOD_OUT_OF_RANGE(Kind.RULE),
    /** A date a source document claims that cannot be one (before 1900, or after the ledger's today). */
    DATE_OUT_OF_RANGE(Kind.RULE),
    /** A publication of a report that has nothing in it: no indicator is reported for the period. */
    REPORT_EMPTY(Kind.RULE),
    /** The year is before the indicator was introduced. */
    YEAR_NOT_COVERED(Kind.RULE),
    /** A range whose lower bound exceeds its upper bound. */
    RANGE_REVERSED(Kind.RULE),
    /** A target, tolerance or profile entry lacks what its kind needs (a number, bounds, a text). */
    TARGET_INCOMPLETE(Kind.RULE),
    /** A cumulative indicator's profile must end at its annual target. */
    PROFILE_DOES_NOT_END_AT_TARGET(Kind.RULE),
    /** A percentage outside 0-100. */
    PERCENTAGE_OUT_OF_RANGE(Kind.RULE),
    /** A value without a number must say why there is none, and a number must be given for NUMBER. */
    VALUE_INCOMPLETE(Kind.RULE),
    /** The period already has a value: correct it instead. */
    VALUE_ALREADY_RECORDED(Kind.CONFLICT),
    /** The period has no value to correct or withdraw. */
    NO_VALUE_RECORDED(Kind.RULE),
    /** A value asked for that the period does not have (no value, or it was withdrawn). */
    VALUE_NOT_FOUND(Kind.NOT_FOUND),
    /** A correction identical to the value in force. */
    CORRECTION_IDENTICAL(Kind.RULE),
    /** The request repeats an idempotency key already used for a different request. */
    IDEMPOTENCY_KEY_REUSED(Kind.CONFLICT),
    /** No report for that period was ever published. */
    REPORT_NOT_PUBLISHED(Kind.NOT_FOUND),
    /** No publication with that number exists for the period. */
    PUBLICATION_NOT_FOUND(Kind.NOT_FOUND),
    /** The signed-in user has no access token with that id. */
    TOKEN_NOT_FOUND(Kind.NOT_FOUND),
    /** No view (projection) has that name. */
    VIEW_NOT_FOUND(Kind.NOT_FOUND),
    /** Someone else changed the same record at the same moment; the command can be retried. */
    CONCURRENT_CHANGE(Kind.CONFLICT),
    /** An import had rows the ledger cannot take, or no file at all: nothing of it was recorded. */
    IMPORT_REFUSED(Kind.RULE),
    /** No import template of that kind exists (there are indicators, targets and values). */
    TEMPLATE_NOT_FOUND(Kind.NOT_FOUND),
    /** The signed-in user holds none of the roles the request needs in that organisation. */
    FORBIDDEN(Kind.FORBIDDEN);

    /** How a refusal maps onto the caller's expectations (and so onto HTTP status codes). */
    public enum Kind {
        /** The request is not written as the ledger reads it (400). */
        INVALID,
        /** The request is well-formed but contradicts the ledger's current state (409). */
        CONFLICT,
        /** The request names something the ledger does not hold (404). */
        NOT_FOUND,
        /** The request is well-formed but breaks a business rule (422). */
        RULE,
        /** The user may not do this there (403). */
        FORBIDDEN
    }

    private final Kind kind;

    LedgerErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
