package org.performanceledger.query.history;

import org.performanceledger.query.status.Status;

import java.time.Instant;
import java.util.Set;

/**
 * The report of an organisation for any period ({@code 2019-01}, {@code 2019-Q3}, {@code 2018-19-T1},
 * {@code 2018-19}) as the ledger knew it at {@code asOf} (null: now), judged against the targets in force at
 * {@code targetsAsOf} (null: the same moment), detailing in Sections 1 and 3 the indicators rated in one of
 * {@code detailed} (null: red, amber and yellow).
 */
public record PeriodReportQuery(String organisationId, String period, Instant asOf, Instant targetsAsOf,
                                Set<Status> detailed) {

    /** The statuses Sections 1 and 3 detail unless asked otherwise: worse than target, in any scheme. */
    public static final Set<Status> WORSE_THAN_TARGET = Set.of(Status.RED, Status.AMBER, Status.YELLOW);
}
