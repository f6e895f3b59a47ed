package org.performanceledger.query.history;

import org.axonframework.queryhandling.QueryHandler;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Periods;
import org.performanceledger.query.ViewStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one indicator's own pages and the officers' work list read from the history view: every version of an
 * indicator's years, and the returns an organisation still owes.
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
        List<IndicatorYearHistory> years = new ArrayList<>(documents.years(ids).values());
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
        Map<String, IndicatorYearHistory> years = documents.years(owed.stream()
                .map(o -> IndicatorYearHistory.idOf(query.organisationId(), o.code(), o.year())).toList());
        for (Owed o : owed) {
            boolean hasValue = Optional.ofNullable(years.get(IndicatorYearHistory.idOf(query.organisationId(),
                            o.code(), o.year())))
                    .map(year -> year.periods().get(o.period()))
                    .map(period -> !period.values().isEmpty()
                            && period.values().get(period.values().size() - 1).value() != null)
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

    private record Owed(String code, IndicatorDefinition definition, String period, String year) {
    }
}
