package org.performanceledger.infra.web.pages.reports;

import org.performanceledger.application.access.Caller;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.documents.ReportDocument;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.report.ReportPeriod;

import java.time.ZoneId;
import java.util.List;

/**
 * The report a request asks for, through the application layer: now or as of a moment (against today's targets if
 * asked), as a publication issued it, or now with what changed since a publication (the ledger compares months
 * only: for other periods the page says so).
 */
public final class ReportViews {

    /**
     * The report shown, with what the page says around it.
     *
     * @param published     the period's publications, in the order issued
     * @param changesNotice why what changed is not shown, when it was asked for and cannot be; else null
     */
    public record Shown(ReportDocument document, List<PublicationSummary> published, boolean month, String changesNotice) {
    }

    private final Reports reports;
    private final Publications publications;
    private final ZoneId zone;

    ReportViews(Reports reports, Publications publications, ZoneId zone) {
        this.reports = reports;
        this.publications = publications;
        this.zone = zone;
    }

    Shown shown(Caller caller, String org, String period, ReportRequest request, String organisationName) {
        ReportPeriod reported = ReportPeriod.parse(period)
                .orElseThrow(() -> LedgerRejection.periodMalformed("period", period));
        List<PublicationSummary> published = publications.list(caller, org, period);
        boolean month = reported.kind() == ReportPeriod.Kind.MONTH;
        Integer since = request.changesSince();
        if (since != null && !month) {
            return new Shown(ReportDocument.of(now(caller, org, period), organisationName), published, false,
                    "What changed since a publication is shown for monthly reports only: the ledger compares a "
                            + "month's report with its publication. This is the report as it is now.");
        }
        return new Shown(document(caller, org, period, request, organisationName, published), published, month,
                null);
    }

    /** The document a download asks for: the same as the page shows. */
    ReportDocument document(Caller caller, String org, String period, ReportRequest request,
                            String organisationName) {
        ReportPeriod reported = ReportPeriod.parse(period)
                .orElseThrow(() -> LedgerRejection.periodMalformed("period", period));
        if (request.changesSince() != null && reported.kind() != ReportPeriod.Kind.MONTH) {
            return ReportDocument.of(now(caller, org, period), organisationName);
        }
        List<PublicationSummary> published = request.changesSince() == null ? List.of()
                : publications.list(caller, org, period);
        return document(caller, org, period, request, organisationName, published);
    }

    private ReportDocument document(Caller caller, String org, String period, ReportRequest request,
                                    String organisationName, List<PublicationSummary> published) {
        if (request.publicationNumber() != null) {
            return ReportDocument.of(publications.issued(caller, org, period, request.publicationNumber()),
                    organisationName);
        }
        Integer since = request.changesSince();
        if (since != null) {
            PublicationSummary publication = published.stream().filter(p -> p.number() == since).findFirst()
                    .orElseThrow(() -> LedgerRejection.publicationNotFound(org, period, since));
            return ReportDocument.of(now(caller, org, period), organisationName).withChanges(publication,
                    reports.changes(caller, org, period, publication.publishedAt(), null));
        }
        return ReportDocument.of(reports.report(caller, org, period, request.moment(zone),
                request.judgedAgainstToday(), null), organisationName);
    }

    private PerformanceReport now(Caller caller, String org, String period) {
        return reports.report(caller, org, period, null, false, null);
    }

}
