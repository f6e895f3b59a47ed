package org.performanceledger.query.history;

/**
 * Every version of an indicator's years from {@code firstYear} to {@code lastYear} (both written {@code 2018-19}):
 * targets, outturns, and per period its values, commentary drafts and expected outcomes. Years nothing was recorded
 * for are left out.
 */
public record IndicatorYearsQuery(String organisationId, String code, String firstYear, String lastYear) {
}
