package org.performanceledger.query.history;

import org.performanceledger.events.MeasuredValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a month's report between two positions: each indicator whose reported fields differ, with the
 * facts recorded in between that made the difference (who, when, what, why).
 */
final class ReportDiff {

    private ReportDiff() {
    }

    /**
     * @param years the year documents of the report's month, by id, for the records behind each difference
     */
    static ReportChanges between(MonthlyReport before, MonthlyReport after, Map<String, IndicatorYearHistory> years) {
        Map<String, ReportRow> earlier = before.indicators().stream()
                .collect(Collectors.toMap(ReportRow::code, Function.identity()));
        List<ReportChanges.IndicatorChanges> changes = new ArrayList<>();
        for (ReportRow now : after.indicators()) {
            List<ReportChanges.FieldChange> fields = fieldChanges(earlier.get(now.code()), now);
            if (!fields.isEmpty()) {
                changes.add(new ReportChanges.IndicatorChanges(now.code(), fields, records(years, now.code(),
                        after.period(), before.asOf(), after.asOf())));
            }
        }
        return new ReportChanges(after.organisationId(), after.period(), before.asOf(), after.asOf(), changes);
    }

    private static List<ReportChanges.FieldChange> fieldChanges(ReportRow then, ReportRow now) {
        List<ReportChanges.FieldChange> fields = new ArrayList<>();
        if (then == null) {
            fields.add(new ReportChanges.FieldChange("indicator", null, now.code()));
            return fields;
        }
        compare(fields, "value", then.value(), now.value());
        compare(fields, "periodTarget", then.periodTarget(), now.periodTarget());
        compare(fields, "annualTarget", then.annualTarget(), now.annualTarget());
        compare(fields, "status", then.status(), now.status());
        compare(fields, "expectedOutcome", then.expectedOutcome(), now.expectedOutcome());
        compare(fields, "commentary", then.commentary(), now.commentary());
        return fields;
    }

    private static void compare(List<ReportChanges.FieldChange> fields, String name, Object before, Object after) {
        boolean same = before instanceof MeasuredValue earlier ? earlier.sameAs((MeasuredValue) after)
                : Objects.equals(before, after);
        if (!same) {
            fields.add(new ReportChanges.FieldChange(name, before, after));
        }
    }

    /** Everything recorded about the indicator's period (and its year's targets) after {@code from}, up to {@code to}. */
    private static List<ReportChanges.ChangeRecord> records(Map<String, IndicatorYearHistory> years, String code,
                                                            String period, Instant from, Instant to) {
        List<ReportChanges.ChangeRecord> records = new ArrayList<>();
        years.values().stream().filter(year -> code.equals(year.code())).forEach(year -> {
            year.targets().forEach(version -> add(records, version, from, to,
                    "target set (" + version.authority() + ")", version.reason()));
            IndicatorYearHistory.PeriodHistory history = year.period(period);
            history.values().forEach(version -> add(records, version, from, to,
                    "value " + version.change().toLowerCase(Locale.ROOT), version.reason()));
            history.commentary().forEach(version -> add(records, version, from, to,
                    "commentary draft " + version.draft(), null));
            history.expectedOutcomes().forEach(version -> add(records, version, from, to,
                    "expected outcome " + version.outcome(), null));
        });
        records.sort(Comparator.comparing(ReportChanges.ChangeRecord::recordedAt));
        return records;
    }

    private static void add(List<ReportChanges.ChangeRecord> records, Versioned version, Instant from, Instant to,
                            String what, String reason) {
        Recorded recorded = version.recorded();
        if (recorded.at().isAfter(from) && !recorded.at().isAfter(to)) {
            records.add(new ReportChanges.ChangeRecord(recorded.at(), recorded.by(), recorded.byName(), what,
                    reason));
        }
    }
}
