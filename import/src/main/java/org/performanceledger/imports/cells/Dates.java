package org.performanceledger.imports.cells;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Reads the date a file claims for a value: {@code 2019-02-22}, {@code 22 February 2019}, {@code 22/02/2019}. */
public final class Dates {

    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uu", Locale.UK)};

    /** A date a file claims: {@code 2019-02-22}, {@code 22 February 2019}, {@code 22/02/2019}. */
    public static LocalDate date(String text) throws CellException {
        String t = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(t, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new CellException("'" + text + "' is not a date such as 2019-02-22, 22 February 2019 or 22/02/2019");
    }

    private Dates() {
    }
}
