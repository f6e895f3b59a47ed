package org.performanceledger.query.history;

import org.axonframework.queryhandling.QueryHandler;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.report.ReportPeriod;
import org.performanceledger.query.report.ReportText;
import org.performanceledger.query.status.Status;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports for any period, now, as of any moment, or as published, and the list of publications. A report reads by
 * {@code _id} only: the organisation's codes and its reporting document, its indicators' documents in one
 * {@code $in}, and in one more the year documents its indicators' periods need.
 */
public class PeriodReportQueries {

    private final HistoryDocuments documents;
    private final Clock clock;

    public PeriodReportQueries(ViewStore historyStore, Clock clock) {
        this.documents = new HistoryDocuments(historyStore);
        this.clock = clock;
    }

    /** Empty when the history knows no such organisation or the period is in none of the forms. */
    @QueryHandler
    Optional<PerformanceReport> handle(PeriodReportQuery query) {
        Instant asOf = query.asOf() == null ? clock.instant() : query.asOf();
        return report(query.organisationId(), query.period(), asOf,
                query.targetsAsOf() == null ? asOf : query.targetsAsOf(), null,
                query.detailed() == null || query.detailed().isEmpty() ? PeriodReportQuery.WORSE_THAN_TARGET
                        : query.detailed());
    }

    /** Empty when the period has no such publication. */
    @QueryHandler
    Optional<PerformanceReport> handle(PublishedPeriodReportQuery query) {
        List<OrganisationReporting.PublicationEntry> issued = documents.reporting(query.organisationId())
                .map(OrganisationReporting::publicationEntries).orElse(List.of()).stream()
                .filter(entry -> entry.period().equals(query.period())).toList();
        Optional<OrganisationReporting.PublicationEntry> entry = query.number() == null
                ? issued.stream().reduce((earlier, later) -> later)
                : issued.stream().filter(candidate -> candidate.number() == query.number()).findFirst();
        return entry.flatMap(publication -> report(query.organisationId(), query.period(),
                publication.recorded().at(), publication.recorded().at(), new PerformanceReport.Publication(
                        publication.number(), publication.recorded().at(),
                        ReportText.moment(publication.recorded().at()), publication.committee(),
                        publication.title(), publication.recorded().by(), nameOf(publication.recorded())),
                PeriodReportQuery.WORSE_THAN_TARGET));
    }

    @QueryHandler
    List<PublicationSummary> handle(PublicationsQuery query) {
        return documents.reporting(query.organisationId()).map(OrganisationReporting::publicationEntries)
                .orElse(List.of()).stream()
                .filter(entry -> query.period() == null || entry.period().equals(query.period()))
                .map(entry -> new PublicationSummary(entry.period(), ReportPeriod.parse(entry.period())
                        .map(ReportPeriod::words).orElse(entry.period()), entry.number(), entry.recorded().at(),
                        ReportText.moment(entry.recorded().at()), entry.committee(), entry.title(),
                        entry.recorded().by(), nameOf(entry.recorded())))
                .toList();
    }

    private static String nameOf(Recorded recorded) {
        return recorded.byName() == null ? recorded.by() : recorded.byName();
    }

    private Optional<PerformanceReport> report(String organisationId, String periodText, Instant asOf,
                                               Instant targetsAsOf, PerformanceReport.Publication publication,
                                               Set<Status> detailed) {
        Optional<ReportPeriod> period = ReportPeriod.parse(periodText);
        Optional<OrganisationIndicators> organisation = documents.organisation(organisationId);
        if (period.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        List<ReportIndicator> indicators = ReportIndicator.shownIn(period.get(),
                documents.indicators(organisation.get()), asOf);
        Set<String> yearIds = new HashSet<>();
        indicators.forEach(indicator -> yearIds.addAll(indicator.yearIds(organisationId)));
        Map<String, IndicatorYearHistory> years = documents.years(organisationId, yearIds);
        OrganisationReporting reporting = documents.reporting(organisationId)
                .orElse(OrganisationReporting.none(organisationId));
        return Optional.of(PeriodReportAssembly.report(organisationId, period.get(), indicators, years, reporting,
                asOf, targetsAsOf, publication, detailed, clock.instant()));
    }
}
