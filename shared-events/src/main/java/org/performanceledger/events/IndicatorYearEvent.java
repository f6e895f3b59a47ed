package org.performanceledger.events;

/** The facts of an indicator's year: targets, values, corrections, outturns, commentary and expected outcomes. */
public sealed interface IndicatorYearEvent extends LedgerEvent
        permits TargetSet, ValueRecorded, ValueCorrected, ValueWithdrawn, OutturnRecorded, CommentaryDrafted,
        ExpectedOutcomeDeclared {

    /** The indicator's code in its organisation. */
    String code();

    /** The year, e.g. {@code 2018-19}. */
    String year();
}
