package org.performanceledger.events;

/**
 * Formats and limits shared by every command, so web, import and tests enforce one rule.
 */
public final class LedgerRules {

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

    /** A year: {@code 2018-19}. */
    public static final String YEAR_PATTERN = "\\d{4}-\\d{2}";
    public static final String YEAR_RULE = "must be a year such as 2018-19";

    /** When an indicator was introduced: a year, or a calendar year as reports print it ({@code 2014}). */
    public static final String YEAR_INTRODUCED_PATTERN = "\\d{4}(-\\d{2})?";
    public static final String YEAR_INTRODUCED_RULE = "must be a year such as 2018-19, or a calendar year such as 2014";

    /** A period: a month {@code 2019-01}, a calendar quarter {@code 2019-Q3}, a term {@code 2018-19-T2}, a year. */
    public static final String PERIOD_PATTERN = "\\d{4}-(\\d{2}|Q[1-4]|\\d{2}-T[1-3])";
    public static final String PERIOD_RULE =
            "must be a month (2019-01), a calendar quarter (2019-Q3), a term (2018-19-T2) or a year (2018-19)";

    /** The earliest date a source document may claim for a value. */
    public static final java.time.LocalDate EARLIEST_SOURCE_DATE = java.time.LocalDate.of(1900, 1, 1);

    /** Targets may be set for the current year and at most this many years ahead. */
    public static final int TARGET_YEARS_AHEAD = 5;

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int UNIT_MAX = 20;
    public static final int DECIMAL_PLACES_MAX = 6;
    public static final int COMMENTARY_MAX = 10000;

    private LedgerRules() {
    }
}
