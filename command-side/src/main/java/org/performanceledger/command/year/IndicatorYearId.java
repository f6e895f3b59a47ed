package org.performanceledger.command.year;

/** Aggregate identifier of one indicator's year, e.g. {@code southend:CP 1.2:2018-19}. */
public final class IndicatorYearId {

    private IndicatorYearId() {
    }

    public static String of(String organisationId, String code, String year) {
        return organisationId + ":" + code + ":" + year;
    }
}
