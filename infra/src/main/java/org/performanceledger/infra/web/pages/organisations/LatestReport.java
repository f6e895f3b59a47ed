package org.performanceledger.infra.web.pages.organisations;

import org.performanceledger.query.history.PeriodsWithData;
import org.performanceledger.query.report.ReportPeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * A report worth opening: the latest month, quarter, term or year the organisation holds values for, so that a new
 * user finds a report with something in it rather than this month's empty one.
 *
 * @param period the report's period ({@code 2019-01})
 * @param words  what the link says: "January 2019, the latest month with values"
 */
public record LatestReport(String period, String words) {

    /** The latest period with values of each frequency that has one: month, quarter, term, year. */
    public static List<LatestReport> of(PeriodsWithData withData) {
        List<LatestReport> latest = new ArrayList<>();
        add(latest, withData.months(), ReportPeriod.Kind.MONTH, "month");
        add(latest, withData.quarters(), ReportPeriod.Kind.QUARTER, "quarter");
        add(latest, withData.terms(), ReportPeriod.Kind.TERM, "term");
        add(latest, withData.years(), ReportPeriod.Kind.YEAR, "year");
        return latest;
    }

    /**
     * The periods of a kind that a report address reads as that kind, newest first: a year written as a month
     * ({@code 2011-12}) would open December 2011's report, so it is not offered.
     */
    public static List<String> reportable(List<String> periods, ReportPeriod.Kind kind) {
        return periods.stream().filter(period -> ReportPeriod.parse(period)
                .filter(parsed -> parsed.kind() == kind).isPresent()).toList();
    }

    private static void add(List<LatestReport> latest, List<String> periods, ReportPeriod.Kind kind, String name) {
        // The report's own words for its period ("Autumn term 2012/13"), as the chooser and the report say it.
        reportable(periods, kind).stream().findFirst().flatMap(ReportPeriod::parse).ifPresent(period -> latest.add(
                new LatestReport(period.code(), period.words() + ", the latest " + name + " with values")));
    }
}
