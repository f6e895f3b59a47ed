package org.performanceledger.query.history;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.Status;

/**
 * One indicator's line in the report for a period.
 *
 * @param latestMonth the month whose value is shown: the report's month, or when it has none yet the latest earlier
 *                    month of the same year that has one (the source report's "Latest Month")
 */
public record ReportRow(
        String code,
        String shortName,
        Polarity polarity,
        String basis,
        String unit,
        String latestMonth,
        MeasuredValue value,
        Target periodTarget,
        Target annualTarget,
        Status status,
        ExpectedOutcome expectedOutcome,
        DirectionOfTravel againstSamePeriodLastYear,
        DirectionOfTravel againstPreviousPeriod,
        String commentary,
        String managedBy,
        String responsibleUnit,
        String scrutinyCommittee,
        String corporateAim
) {
}
