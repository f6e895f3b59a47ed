package org.performanceledger.query.history;

import java.time.Instant;
import java.util.List;

/**
 * The differences between two positions of a month's report, indicator by indicator, with the records behind them.
 *
 * @param from       the earlier position (the last publication when none was asked for)
 * @param to         the later position
 * @param indicators only the indicators with a difference
 */
public record ReportChanges(String organisationId, String period, Instant from, Instant to,
                            List<IndicatorChanges> indicators) {

    /** One indicator's differences, and what was recorded between the two positions that made them. */
    public record IndicatorChanges(String code, List<FieldChange> fields, List<ChangeRecord> records) {
    }

    /** A reported field (value, periodTarget, annualTarget, status, expectedOutcome, commentary), before and after. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** A fact recorded between the two positions: when, by whom, what, and why. */
    public record ChangeRecord(Instant recordedAt, String recordedBy, String recordedByName, String what,
                               String reason) {
    }
}
