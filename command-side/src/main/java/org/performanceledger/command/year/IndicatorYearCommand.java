package org.performanceledger.command.year;

/** A command about one indicator's year: targets, returns, outturns, commentary, expected outcomes. */
public interface IndicatorYearCommand {

    String organisationId();

    String code();

    String year();
}
