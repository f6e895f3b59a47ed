package org.performanceledger.query.history;

import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.query.report.ReportPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator a report shows: its definition in force at the report's moment, its own periods, and the period of
 * its own that ends the report's ({@code periodEnding}: the quarter-end month of a quarter, the last term of a
 * year...). Section 3 shows its periods of the 24 months up to that one.
 */
record ReportIndicator(String code, IndicatorDefinition definition, IndicatorPeriods periods, String periodEnding,
                       IndicatorVersions versions) {

    /** Section 3 shows the indicator's periods of this many months up to the report's end. */
    static final int DETAIL_MONTHS = 24;

    /**
     * The indicators active at {@code asOf} whose frequency the period shows (months in every report; quarters in
     * a quarter's and a year's; terms in a term's and a year's; years in a year's), in code order.
     */
    static List<ReportIndicator> shownIn(ReportPeriod period, Collection<IndicatorVersions> all, Instant asOf) {
        List<ReportIndicator> shown = new ArrayList<>();
        for (IndicatorVersions indicator : all) {
            Versioned.latestAt(indicator.versions(), asOf)
                    .filter(version -> "ACTIVE".equals(version.status()))
                    .map(IndicatorVersions.DefinitionVersion::definition)
                    .filter(definition -> period.kind().shows(definition.frequency()))
                    .ifPresent(definition -> {
                        IndicatorPeriods periods = new IndicatorPeriods(definition.frequency(),
                                definition.yearBasis());
                        periods.endingBy(period.lastDay(periods.basis())).ifPresent(ending -> shown.add(
                                new ReportIndicator(indicator.code(), definition, periods, ending, indicator)));
                    });
        }
        shown.sort(Comparator.comparing(indicator -> HistoryDocuments.codeOrder(indicator.code())));
        return shown;
    }

    /** Section 3's periods, oldest first: those ending within the 24 months up to {@link #periodEnding}. */
    List<String> detailPeriods() {
        List<String> periods = new ArrayList<>();
        var from = this.periods.lastDay(periodEnding).minusMonths(DETAIL_MONTHS);
        for (String period = periodEnding; this.periods.lastDay(period).isAfter(from);
             period = this.periods.previous(period)) {
            periods.add(0, period);
        }
        return periods;
    }

    /** The year documents the indicator's rows and history read. */
    Set<String> yearIds(String organisationId) {
        Set<String> ids = new HashSet<>();
        for (String period : detailPeriods()) {
            periods.yearOf(period).ifPresent(year -> ids.add(IndicatorYearHistory.idOf(organisationId, code, year)));
        }
        return ids;
    }

    /** The floor standard recorded by {@code asOf}, if any. */
    Optional<BigDecimal> floorStandard(Instant asOf) {
        return versions.comparatorAt(ComparatorKind.FLOOR_STANDARD, asOf).map(comparator -> comparator.value());
    }
}
