package org.performanceledger.events;

/** The facts of an indicator aggregate: its definition, comparators, retirement and re-coding. */
public sealed interface IndicatorEvent extends LedgerEvent
        permits IndicatorRegistered, IndicatorAmended, IndicatorRetired, IndicatorRecoded, ComparatorRecorded {

    /** The indicator's code in its organisation. */
    String code();
}
