package org.performanceledger.query.history;

import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.ViewStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers reports and histories from the two-clock documents of {@link IndicatorHistoryProjection}: any position is
 * the versions recorded up to a moment. A report reads the organisation's index of codes and its reporting document
 * (the status scheme in force then), its indicators' documents in one {@code $in} on {@code _id}, and in one more
 * the year documents its months need; {@link ReportAssembly} makes the report of them and {@link ReportDiff}
 * compares two.
 */
public class ReportQueries {

    private final HistoryDocuments documents;
    private final Clock clock;

    /** Reads the history view wherever its live generation is ({@code ViewStore}). */
    public ReportQueries(ViewStore historyStore, Clock clock) {
        this.documents = new HistoryDocuments(historyStore);
        this.clock = clock;
    }

    public ReportQueries(MongoDatabase database, Clock clock) {
        this(ViewStore.live(database, IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.SHAPE),
                clock);
    }

    @QueryHandler
    Optional<ValueHistory> handle(ValueHistoryQuery query) {
        Optional<IndicatorVersions> indicator = documents.indicator(query.organisationId(), query.code())
                .filter(versions -> !versions.versions().isEmpty());
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        IndicatorDefinition definition = indicator.get().latest().definition();
        Optional<String> year = Periods.yearOf(query.period(), definition.frequency(), definition.yearBasis());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<ValueVersion> versions = documents.year(query.organisationId(), query.code(), year.get())
                .map(document -> document.period(query.period()).values().stream()
                        .filter(version -> query.asOf() == null || !version.recorded().at().isAfter(query.asOf()))
                        .map(ReportQueries::valueVersion).toList())
                .orElse(List.of());
        return Optional.of(new ValueHistory(query.organisationId(), query.code(), year.get(), query.period(),
                versions));
    }

    @QueryHandler
    Optional<MonthlyReport> handle(MonthlyReportQuery query) {
        Instant asOf = query.asOf() == null ? clock.instant() : query.asOf();
        Instant targetsAsOf = query.targetsAsOf() == null ? asOf : query.targetsAsOf();
        return indicators(query.organisationId()).flatMap(indicators ->
                report(query.organisationId(), indicators, query.period(), asOf, targetsAsOf, null));
    }

    @QueryHandler
    List<RegisterEntry> handle(IndicatorRegisterQuery query) {
        Instant asOf = query.asOf() == null ? clock.instant() : query.asOf();
        List<RegisterEntry> register = new ArrayList<>();
        indicators(query.organisationId()).orElse(List.of()).forEach(indicator ->
                Versioned.latestAt(indicator.versions(), asOf).ifPresent(version -> register.add(new RegisterEntry(
                        indicator.code(), version.definition(), version.status(), version.recorded().at()))));
        register.sort(Comparator.comparing(entry -> HistoryDocuments.codeOrder(entry.code())));
        return register;
    }

    @QueryHandler
    Optional<MonthlyReport> handle(PublishedReportQuery query) {
        return indicators(query.organisationId()).flatMap(indicators ->
                lastPublication(query.organisationId(), query.period()).flatMap(publication ->
                        report(query.organisationId(), indicators, query.period(), publication.publishedAt(),
                                publication.publishedAt(), publication)));
    }

    @QueryHandler
    Optional<ReportChanges> handle(ReportChangesQuery query) {
        Optional<List<IndicatorVersions>> indicators = indicators(query.organisationId());
        if (indicators.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> from = query.from() != null ? Optional.of(query.from())
                : lastPublication(query.organisationId(), query.period()).map(MonthlyReport.Publication::publishedAt);
        Instant to = query.to() == null ? clock.instant() : query.to();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<MonthlyReport> before = report(query.organisationId(), indicators.get(), query.period(), from.get(),
                from.get(), null);
        Optional<MonthlyReport> after = report(query.organisationId(), indicators.get(), query.period(), to, to, null);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, IndicatorYearHistory> years = documents.years(query.organisationId(), ReportAssembly.yearIds(
                query.organisationId(), HistoryDocuments.monthlyIndicatorsAt(indicators.get(), to),
                List.of(query.period())));
        return Optional.of(ReportDiff.between(before.get(), after.get(), years));
    }

    /** Every indicator of the organisation with all its versions; empty when the history knows no such organisation. */
    private Optional<List<IndicatorVersions>> indicators(String organisationId) {
        return documents.organisation(organisationId).map(documents::indicators);
    }

    private Optional<MonthlyReport> report(String organisationId, List<IndicatorVersions> all, String period,
                                           Instant asOf, Instant targetsAsOf, MonthlyReport.Publication publication) {
        if (Periods.yearOf(period, Frequency.MONTHLY, YearBasis.FINANCIAL).isEmpty()) {
            return Optional.empty();
        }
        Map<String, IndicatorDefinition> indicators = HistoryDocuments.monthlyIndicatorsAt(all, asOf);
        Map<String, IndicatorYearHistory> years = documents.years(organisationId, ReportAssembly.yearIds(
                organisationId, indicators, ReportAssembly.monthsRead(period)));
        StatusScheme scheme = documents.reporting(organisationId)
                .flatMap(reporting -> Versioned.latestAt(reporting.schemeVersions(), asOf))
                .map(OrganisationReporting.SchemeVersion::scheme).orElse(StatusScheme.THREE_STATE);
        Map<String, BigDecimal> floors = new HashMap<>();
        all.forEach(indicator -> indicator.comparatorAt(ComparatorKind.FLOOR_STANDARD, targetsAsOf)
                .ifPresent(floor -> floors.put(indicator.code(), floor.value())));
        return Optional.of(new ReportAssembly(organisationId, years, scheme, floors).report(period, indicators, asOf,
                targetsAsOf, publication));
    }

    private Optional<MonthlyReport.Publication> lastPublication(String organisationId, String period) {
        return documents.publications(organisationId, period)
                .flatMap(publications -> publications.publications().stream().reduce((earlier, later) -> later))
                .map(publication -> new MonthlyReport.Publication(publication.recorded().at(),
                        publication.committee(), publication.title(), publication.recorded().by()));
    }

    private static ValueVersion valueVersion(IndicatorYearHistory.ValueChange version) {
        Recorded recorded = version.recorded();
        return new ValueVersion(recorded.at(), recorded.by(), recorded.byName(), recorded.source(), version.change(),
                version.value(), version.replaced(), version.reason(), version.late(), version.sourceDate());
    }
}
