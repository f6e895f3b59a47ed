package org.performanceledger.command.indicator;

/**
 * The formats of identifiers, shared by command validation and the web layer so both enforce one rule.
 */
public final class IndicatorRules {

    /** Lower-case letters, digits and hyphens, 2–40 characters: it appears in every URL. */
    public static final String ORGANISATION_ID_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";
    public static final String ORGANISATION_ID_RULE = "must be 2-40 lower-case letters, digits or hyphens";

    /**
     * Letters, digits, spaces and {@code . ( ) _ -}, 1–32 characters, starting with a letter or digit and not
     * ending in a space: {@code CP 1.2}, {@code E12}, {@code ASCOF 2B(1)}. No slash, so a code is one URL segment.
     */
    public static final String CODE_PATTERN = "[A-Za-z0-9]([A-Za-z0-9 .()_-]{0,30}[A-Za-z0-9.()_-])?";
    public static final String CODE_RULE =
            "must be 1-32 letters, digits, spaces or . ( ) _ -, start with a letter or digit and not end in a space";

    public static final int SHORT_NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    private IndicatorRules() {
    }
}
