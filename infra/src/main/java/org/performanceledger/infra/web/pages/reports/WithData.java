package org.performanceledger.infra.web.pages.reports;

import org.performanceledger.infra.web.pages.organisations.LatestReport;
import org.performanceledger.query.history.PeriodsWithData;
import org.performanceledger.query.report.ReportPeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * The periods of one kind that the organisation holds values for, as the report chooser offers them: the latest
 * {@value #SHOWN}, newest first, and how many earlier ones there are (typed in, they lead to their report too).
 *
 * @param heading "Months", "Quarters", "School terms" or "Years"
 */
record WithData(String heading, List<ReportPeriod> periods, int earlier) {

    static final int SHOWN = 12;

    /** Each kind that has periods with values, months first. */
    static List<WithData> of(PeriodsWithData withData) {
        List<WithData> kinds = new ArrayList<>();
        add(kinds, "Months", withData.months(), ReportPeriod.Kind.MONTH);
        add(kinds, "Quarters", withData.quarters(), ReportPeriod.Kind.QUARTER);
        add(kinds, "School terms", withData.terms(), ReportPeriod.Kind.TERM);
        add(kinds, "Years", withData.years(), ReportPeriod.Kind.YEAR);
        return kinds;
    }

    private static void add(List<WithData> kinds, String heading, List<String> periods, ReportPeriod.Kind kind) {
        List<String> reportable = LatestReport.reportable(periods, kind);
        if (!reportable.isEmpty()) {
            kinds.add(new WithData(heading, reportable.stream().limit(SHOWN)
                    .map(period -> ReportPeriod.parse(period).orElseThrow()).toList(),
                    Math.max(0, reportable.size() - SHOWN)));
        }
    }
}
