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
import org.performanceledger.application.reports.Reports;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.PublishedReportQuery;

import java.util.Map;
import java.util.Optional;

/** Reports issued to committees: publishing one, and reading it as it was issued. */
public class Publications {

    /** What was issued: the report for a period, to a committee, under a title. */
    public record Publication(
            @NotNull @Pattern(regexp = LedgerRules.PERIOD_PATTERN, message = LedgerRules.PERIOD_RULE) String period,
            @NotBlank @Size(max = LedgerRules.NAME_MAX) String committee,
            @Size(max = LedgerRules.NAME_MAX) String title) {
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
        if (publication.period() != null
                && reports.monthly(caller, organisationId, publication.period(), null, false).indicators().isEmpty()) {
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
}
