package org.performanceledger.application.reports;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.MovableClock;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.MonthlyReportQuery;
import org.performanceledger.query.history.PeriodReportQuery;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.ReportPeriod;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A report asked for again while the reports' view has taken in the same events is the one drawn up before, brought
 * up to the moment; once the view has taken in an event (a new position, or a late one filling a gap below it) it is
 * drawn up afresh; and while that is not known (no reports' view here, a rebuild or switch-over) nothing is kept.
 */
class ReportsKeptAtAViewPositionTest {

    private static final String ORG = "southend";
    private static final Instant PAST = Instant.parse("2019-02-20T00:00:00Z");

    private final List<Object> asked = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2019-03-01T09:00:00Z"));
    private long position = 40;
    private boolean historyKept = true;
    private boolean rebuilding;
    private String gapsOpen = "1001-21000";
    private String recorded = "first value";
    private Reports reports;
    private final Caller reader = Caller.api(LedgerUser.person("reader", "Reader",
            Set.of(new Grant(ORG, Role.SCRUTINY))), null);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void ledger() {
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(ResponseType.class))).thenAnswer(call -> {
            Object query = call.getArgument(0);
            if (query instanceof FindOrganisationQuery) {
                return CompletableFuture.completedFuture(Optional.of(new OrganisationView(ORG, "Southend", 10,
                        Instant.EPOCH)));
            }
            asked.add(query);
            if (query instanceof MonthlyReportQuery monthly) {
                return CompletableFuture.completedFuture(Optional.of(new MonthlyReport(ORG, monthly.period(),
                        monthly.asOf(), null, List.of(), List.of(), List.of(), List.of(
                        new MonthlyReport.IndicatorDetail("CP 1.1", recorded, List.of(), null)))));
            }
            PeriodReportQuery period = (PeriodReportQuery) query;
            return CompletableFuture.completedFuture(Optional.of(PerformanceReport.empty(ORG,
                    ReportPeriod.parse(period.period()).orElseThrow(), period.asOf(), clock.instant())));
        });
        ViewAdministration views = new ViewAdministration() {
            @Override
            public List<ViewStatus> status() {
                return historyKept ? List.of(new ViewStatus(IndicatorHistoryProjection.PROCESSING_GROUP, true, 1,
                        position, position, 0, false, null, true, false)) : List.of();
            }

            @Override
            public List<String> rebuild(String name) {
                return List.of();
            }

            @Override
            public Optional<Object> takenIn(String view) {
                return historyKept && !rebuilding ? Optional.of(List.of(position, gapsOpen))
                        : Optional.empty();
            }
        };
        Ledger ledger = new Ledger(null, queries);
        reports = new Reports(ledger, new Organisations(ledger, clock), views, clock);
    }

    @Test
    void theSameReportAtTheSamePositionIsDrawnUpOnceAndSaysNowWhenAskedLater() {
        MonthlyReport first = reports.monthly(reader, ORG, "2019-01", null, false);
        clock.move(Duration.ofSeconds(30));
        MonthlyReport again = reports.monthly(reader, ORG, "2019-01", null, false);

        assertThat(asked).hasSize(1);
        assertThat(again.details()).isEqualTo(first.details());
        assertThat(first.asOf()).isEqualTo(Instant.parse("2019-03-01T09:00:00Z"));
        assertThat(again.asOf()).isEqualTo(Instant.parse("2019-03-01T09:00:30Z"));
    }

    @Test
    void onceTheViewHasTakenInAnEventTheReportIsDrawnUpAfreshWithWhatItTookIn() {
        reports.monthly(reader, ORG, "2019-01", null, false);
        recorded = "corrected value";
        position = 41;

        MonthlyReport after = reports.monthly(reader, ORG, "2019-01", null, false);

        assertThat(asked).hasSize(2);
        assertThat(after.details().get(0).shortName()).isEqualTo("corrected value");
    }

    @Test
    void reportsAsOfAPastMomentOfOtherPeriodsAndOfNowAreKeptApart() {
        reports.monthly(reader, ORG, "2019-01", null, false);
        MonthlyReport past = reports.monthly(reader, ORG, "2019-01", PAST, false);
        reports.monthly(reader, ORG, "2018-12", null, false);
        reports.monthly(reader, ORG, "2019-01", null, true);
        MonthlyReport pastAgain = reports.monthly(reader, ORG, "2019-01", PAST, false);

        assertThat(asked).hasSize(4);
        assertThat(past.asOf()).isEqualTo(PAST);
        assertThat(pastAgain.asOf()).isEqualTo(PAST);
    }

    @Test
    void aPeriodReportKeptIsGeneratedAgainAtTheMomentItIsAskedForAndSaysThroughWhichEvent() {
        PerformanceReport first = reports.report(reader, ORG, "2019-Q1", null, false, Set.of());
        clock.move(Duration.ofSeconds(90));
        PerformanceReport again = reports.report(reader, ORG, "2019-Q1", null, false, null);

        assertThat(asked).hasSize(1);
        assertThat(again.generated().at()).isEqualTo(first.generated().at().plusSeconds(90));
        assertThat(again.asOf()).isEqualTo(again.generated().at());
        assertThat(again.asOfText()).isNotEqualTo(first.asOfText());
        assertThat(again.generated().drawnThrough()).isEqualTo(40L);
    }

    @Test
    void aLateEventFillingAGapAtTheSamePositionHasTheReportDrawnUpAfresh() {
        reports.monthly(reader, ORG, "2019-01", null, false);
        recorded = "value of the import that was still being written";
        gapsOpen = "";

        MonthlyReport after = reports.monthly(reader, ORG, "2019-01", null, false);

        assertThat(asked).hasSize(2);
        assertThat(after.details().get(0).shortName()).isEqualTo("value of the import that was still being written");
    }

    @Test
    void whileTheViewIsRebuiltOrSwitchedOverNothingIsKept() {
        rebuilding = true;

        reports.monthly(reader, ORG, "2019-01", null, false);
        recorded = "corrected value";
        MonthlyReport after = reports.monthly(reader, ORG, "2019-01", null, false);

        assertThat(asked).hasSize(2);
        assertThat(after.details().get(0).shortName()).isEqualTo("corrected value");
    }

    @Test
    void whereTheLedgerKeepsNoReportsViewEveryReportIsDrawnUpAfresh() {
        historyKept = false;

        reports.monthly(reader, ORG, "2019-01", null, false);
        recorded = "corrected value";
        MonthlyReport after = reports.monthly(reader, ORG, "2019-01", null, false);

        assertThat(asked).hasSize(2);
        assertThat(after.details().get(0).shortName()).isEqualTo("corrected value");
    }
}
