package org.performanceledger.application.publications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.command.organisation.ChooseStatusScheme;
import org.performanceledger.command.organisation.DescribeCorporateAim;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.PublicationsQuery;
import org.performanceledger.query.history.PublishedPeriodReportQuery;
import org.performanceledger.query.history.PublishedReportQuery;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.report.ReportPeriod;
import org.performanceledger.events.StatusScheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports issued to committees: publishing one (several per period are all kept), listing them, and reading each
 * as it was issued; and how the organisation's reports read: its status scheme and its corporate aims.
 */
public class Publications {

    /** What was issued: the report for a period, to a committee, under a title. */
    public record Publication(
            @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
            @NotBlank @Size(max = LedgerRules.NAME_MAX) String committee,
            @Size(max = LedgerRules.NAME_MAX) String title) {
    }

    /** The status scheme chosen, and why. */
    public record SchemeChoice(StatusScheme scheme, String reason) {
    }

    /** A corporate aim's description and priorities, as reports print them above its indicators. */
    public record AimDescription(String description, List<String> priorities) {
    }

    private final Ledger ledger;
    private final Organisations organisations;
    private final Reports reports;

    public Publications(Ledger ledger, Organisations organisations, Reports reports) {
        this.ledger = ledger;
        this.organisations = organisations;
        this.reports = reports;
    }

    /**
     * Records that the report for a period was issued to a committee, now (performance team). The period must have
     * ended (the command side's rule) and its report must have something in it.
     */
    public void publish(Caller caller, String organisationId, Publication publication) {
        String role = Action.PUBLISH.requireBy(caller.user(), organisationId);
        if (publication.period() != null && ReportPeriod.parse(publication.period()).isPresent()
                && reports.report(caller, organisationId, publication.period(), null, false, null).indicators()
                .isEmpty()) {
            throw new LedgerRejection(LedgerErrorCode.REPORT_EMPTY, "period", "There is no report for "
                    + publication.period() + " to publish: no indicator of organisation '" + organisationId
                    + "' is reported for it", Map.of("organisationId", organisationId));
        }
        ledger.send(caller, role, new PublishReport(organisationId, publication.period(), publication.committee(),
                publication.title()), () -> LedgerRejection.organisationNotFound(organisationId));
    }

    /** The report for a period exactly as it stood when it was last published. */
    public MonthlyReport published(Caller caller, String organisationId, String period) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        Optional<MonthlyReport> report = ledger.query(new PublishedReportQuery(organisationId, period),
                ResponseTypes.optionalInstanceOf(MonthlyReport.class));
        return report.orElseThrow(() -> LedgerRejection.reportNotPublished(organisationId, period));
    }

    /** Every report the organisation published, in the order issued; one period's only when {@code period} is set. */
    public List<PublicationSummary> list(Caller caller, String organisationId, String period) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        if (period != null && ReportPeriod.parse(period).isEmpty()) {
            throw LedgerRejection.periodMalformed("period", period);
        }
        return ledger.query(new PublicationsQuery(organisationId, period),
                ResponseTypes.multipleInstancesOf(PublicationSummary.class));
    }

    /**
     * A period's report as its {@code number}th publication issued it (1 the first; the last when null): values,
     * targets, the status scheme and the aims as of that moment, the same every time it is read.
     */
    public PerformanceReport issued(Caller caller, String organisationId, String period, Integer number) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        if (ReportPeriod.parse(period).isEmpty()) {
            throw LedgerRejection.periodMalformed("period", period);
        }
        long position = reports.ledgerPosition();
        Optional<PerformanceReport> report = ledger.query(new PublishedPeriodReportQuery(organisationId, period,
                number), ResponseTypes.optionalInstanceOf(PerformanceReport.class));
        return report.orElseThrow(() -> number == null ? LedgerRejection.reportNotPublished(organisationId, period)
                : LedgerRejection.publicationNotFound(organisationId, period, number)).drawnThrough(position);
    }

    /** Rates the organisation's indicators in this scheme in every report from now on (performance team). */
    public void chooseStatusScheme(Caller caller, String organisationId, SchemeChoice choice) {
        String role = Action.CONFIGURE_REPORTS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new ChooseStatusScheme(organisationId, choice.scheme(), choice.reason()),
                () -> LedgerRejection.organisationNotFound(organisationId));
    }

    /** Describes one of the organisation's corporate aims, as reports print it (performance team). */
    public void describeCorporateAim(Caller caller, String organisationId, String aim, AimDescription description) {
        String role = Action.CONFIGURE_REPORTS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new DescribeCorporateAim(organisationId, aim, description.description(),
                description.priorities()), () -> LedgerRejection.organisationNotFound(organisationId));
    }
}
