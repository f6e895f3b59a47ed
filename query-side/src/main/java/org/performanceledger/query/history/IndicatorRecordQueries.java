package org.performanceledger.query.history;

import org.axonframework.queryhandling.QueryHandler;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Periods;
import org.performanceledger.query.ViewStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one indicator's own pages and the officers' work list read from the history view: every version of an
 * indicator's years, the returns an organisation still owes, and the periods it holds values for.
 */
public class IndicatorRecordQueries {

    private final HistoryDocuments documents;

    public IndicatorRecordQueries(ViewStore historyStore) {
        this.documents = new HistoryDocuments(historyStore);
    }

    @QueryHandler
    List<IndicatorYearHistory> handle(IndicatorYearsQuery query) {
        List<String> ids = new ArrayList<>();
        for (int start = Periods.startOf(query.firstYear()); start <= Periods.startOf(query.lastYear()); start++) {
            ids.add(IndicatorYearHistory.idOf(query.organisationId(), query.code(), Periods.yearStarting(start)));
        }
        List<IndicatorYearHistory> years = new ArrayList<>(documents.years(query.organisationId(), ids).values());
        years.sort(Comparator.comparing(IndicatorYearHistory::year));
        return years;
    }

    @QueryHandler
    List<ReturnDue> handle(ReturnsDueQuery query) {
        List<IndicatorVersions> indicators = documents.organisation(query.organisationId())
                .map(documents::indicators).orElse(List.of());
        List<ReturnDue> due = new ArrayList<>();
        List<Owed> owed = new ArrayList<>();
        for (IndicatorVersions indicator : indicators) {
            IndicatorVersions.DefinitionVersion latest = indicator.latest();
            if (!"ACTIVE".equals(latest.status())) {
                continue;
            }
            IndicatorDefinition definition = latest.definition();
            String period = Periods.latestEnded(definition.frequency(), definition.yearBasis(), query.today());
            Periods.yearOf(period, definition.frequency(), definition.yearBasis()).ifPresent(year ->
                    owed.add(new Owed(indicator.code(), definition, period, year)));
        }
        Map<String, IndicatorYearHistory> years = documents.years(query.organisationId(), owed.stream()
                .map(o -> IndicatorYearHistory.idOf(query.organisationId(), o.code(), o.year())).toList());
        for (Owed o : owed) {
            boolean hasValue = Optional.ofNullable(years.get(IndicatorYearHistory.idOf(query.organisationId(),
                            o.code(), o.year())))
                    .map(year -> year.periods().get(o.period()))
                    .map(IndicatorRecordQueries::holdsValue)
                    .orElse(false);
            if (!hasValue) {
                LocalDate dueDate = Periods.lastDayOf(o.period(), o.definition().frequency(),
                        o.definition().yearBasis()).plusDays(query.returnDueDays());
                due.add(new ReturnDue(o.code(), o.definition().shortName(), o.period(), dueDate,
                        query.today().isAfter(dueDate), o.definition().managedBy(),
                        o.definition().responsibleUnit()));
            }
        }
        due.sort(Comparator.comparing(ReturnDue::dueDate).thenComparing(r -> HistoryDocuments.codeOrder(r.code())));
        return due;
    }

    @QueryHandler
    PeriodsWithData handle(PeriodsWithDataQuery query) {
        Map<String, Frequency> frequencies = new HashMap<>();
        documents.organisation(query.organisationId()).map(documents::indicators).orElse(List.of())
                .forEach(indicator -> frequencies.put(indicator.code(), indicator.latest().definition().frequency()));
        // Every year of every indicator in the window, read with one $in on _id (a year names the calendar year
        // it starts in, whichever its basis).
        List<String> ids = new ArrayList<>();
        int lastYear = query.today().getYear() + 1;
        for (String code : frequencies.keySet()) {
            for (int start = lastYear - PeriodsWithDataQuery.YEARS_BACK; start <= lastYear; start++) {
                ids.add(IndicatorYearHistory.idOf(query.organisationId(), code, Periods.yearStarting(start)));
            }
        }
        Map<Frequency, SortedSet<String>> periods = new EnumMap<>(Frequency.class);
        for (Frequency frequency : Frequency.values()) {
            periods.put(frequency, new TreeSet<>(Comparator.reverseOrder()));
        }
        for (IndicatorYearHistory year : documents.years(query.organisationId(), ids).values()) {
            // A definition without a frequency is monthly, as its periods are (IndicatorPeriods).
            Frequency frequency = Objects.requireNonNullElse(frequencies.get(year.code()), Frequency.MONTHLY);
            Map<String, IndicatorYearHistory.PeriodHistory> held = year.periods() == null ? Map.of() : year.periods();
            held.forEach((period, history) -> {
                if (holdsValue(history)) {
                    periods.get(frequency).add(period);
                }
            });
        }
        return new PeriodsWithData(query.organisationId(), List.copyOf(periods.get(Frequency.MONTHLY)),
                List.copyOf(periods.get(Frequency.QUARTERLY)), List.copyOf(periods.get(Frequency.TERMLY)),
                List.copyOf(periods.get(Frequency.ANNUAL)));
    }

    /** True when the period's latest version is a value, not a withdrawal. */
    private static boolean holdsValue(IndicatorYearHistory.PeriodHistory period) {
        return !period.values().isEmpty() && period.values().get(period.values().size() - 1).value() != null;
    }

    private record Owed(String code, IndicatorDefinition definition, String period, String year) {
    }
}
