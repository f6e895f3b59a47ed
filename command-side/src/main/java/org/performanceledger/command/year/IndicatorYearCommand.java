package org.performanceledger.command.year;

/**
 * A command about one indicator's year: targets, returns, outturns, commentary, expected outcomes. It names the
 * indicator; {@link IndicatorYearCommandHandler} works out which year's aggregate it goes to.
 */
public interface IndicatorYearCommand {

    String organisationId();

    String code();
}
