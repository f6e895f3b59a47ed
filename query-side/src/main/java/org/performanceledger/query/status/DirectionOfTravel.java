package org.performanceledger.query.status;

/** Whether a value is better or worse than an earlier one, read through the indicator's polarity. */
public enum DirectionOfTravel {
    BETTER, SAME, WORSE,
    /** Activity indicators have no better or worse. */
    NOT_APPLICABLE,
    /** One of the two values is missing or not a number. */
    NO_COMPARISON
}
