package org.performanceledger.query.history;

import java.time.LocalDate;

/**
 * The periods for which an organisation holds values (recorded or corrected, not withdrawn), by its indicators'
 * frequencies: the reports that have something to show. Its indicators' years from {@value #YEARS_BACK} years
 * before {@code today} to the one after are read.
 */
public record PeriodsWithDataQuery(String organisationId, LocalDate today) {

    /** How many years back the periods are looked for. */
    public static final int YEARS_BACK = 30;
}
