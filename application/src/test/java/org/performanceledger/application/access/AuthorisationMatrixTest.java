package org.performanceledger.application.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.application.audit.VerificationReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.application.views.Views;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.application.NewOrganisations;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.events.Target;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.audit.AuditEntry;
import org.performanceledger.query.audit.AuditTrailPage;
import org.performanceledger.query.audit.AuditTrailQuery;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.PeriodsWithData;
import org.performanceledger.query.history.ReportChanges;
import org.performanceledger.query.history.ReportRow;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.history.ValueHistory;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Who may do what, where: each role, in its own organisation and in another, for each kind of command and query.
 * An allowed request reaches the ledger recorded with the role the user acted in; a refused one is a FORBIDDEN
 * naming the organisation and the roles that would be needed, and reaches nothing.
 */
class AuthorisationMatrixTest {

    private static final String OWN = "southend";
    private static final String OTHER = "kent";
    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("Sickness", null, Polarity.MINIMISE,
            null, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL, null, null, null, null, null, null);

    /** What a use case needs, as the matrix states it; checked here against the services, not Action. */
    enum Needs {
        ADMIN(Set.of(Role.ADMIN)),
        DEFINE(Set.of(Role.PERFORMANCE)),
        RETURNS(Set.of(Role.OFFICER, Role.PERFORMANCE)),
        READ(Set.of(Role.OFFICER, Role.PERFORMANCE, Role.AUDITOR, Role.SCRUTINY)),
        AUDIT(Set.of(Role.AUDITOR, Role.PERFORMANCE)),
        VERIFY(Set.of(Role.AUDITOR, Role.PERFORMANCE, Role.ADMIN)),
        REBUILD(Set.of(Role.ADMIN, Role.PERFORMANCE));

        final Set<Role> roles;

        Needs(Set<Role> roles) {
            this.roles = roles;
        }
    }

    /** A use case: what it needs, whether it belongs to an organisation, and how to call it there. */
    record UseCase(String name, Needs needs, boolean inOrganisation, BiConsumer<Services, Target2> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where and as whom a use case is called. */
    record Target2(Caller caller, String organisationId) {
    }

    record Services(Organisations organisations, Indicators indicators, IndicatorYears years,
                    Publications publications, Reports reports, AuditTrail audit, Views views, Imports imports,
                    Users users) {
    }

    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private Services services;

    static List<UseCase> useCases() {
        return List.of(
                new UseCase("register an organisation", Needs.ADMIN, false, (s, t) -> s.organisations().register(
                        t.caller(), new Organisations.Registration("new-org", "New", null))),
                new UseCase("register an indicator", Needs.DEFINE, true, (s, t) -> s.indicators().register(
                        t.caller(), t.organisationId(), "CP 9", DEFINITION)),
                new UseCase("amend an indicator", Needs.DEFINE, true, (s, t) -> s.indicators().amend(t.caller(),
                        t.organisationId(), "CP 1", DEFINITION, "Clearer")),
                new UseCase("retire an indicator", Needs.DEFINE, true, (s, t) -> s.indicators().retire(t.caller(),
                        t.organisationId(), "CP 1", "No longer reported")),
                new UseCase("re-code an indicator", Needs.DEFINE, true, (s, t) -> s.indicators().recode(t.caller(),
                        t.organisationId(), "CP 1", "CP 2", "Renumbered")),
                new UseCase("record a comparator", Needs.DEFINE, true, (s, t) -> s.indicators().recordComparator(
                        t.caller(), t.organisationId(), "CP 1", new Indicators.ComparatorEntry(
                                ComparatorKind.BENCHMARK, BigDecimal.ONE, "2018-19", "LAIT"))),
                new UseCase("set a target", Needs.DEFINE, true, (s, t) -> s.years().setTarget(t.caller(),
                        t.organisationId(), "CP 1", "2018-19", new IndicatorYears.TargetSetting(
                                Target.number(BigDecimal.TEN), null, null, null, "Plan", "Cabinet", "2018-04"))),
                new UseCase("record a value", Needs.RETURNS, true, (s, t) -> s.years().recordValue(t.caller(),
                        t.organisationId(), "CP 1", "2019-01", new IndicatorYears.ValueReturn(
                                MeasuredValue.of(BigDecimal.ONE), null, null, null))),
                new UseCase("correct a value", Needs.RETURNS, true, (s, t) -> s.years().correctValue(t.caller(),
                        t.organisationId(), "CP 1", "2019-01", new IndicatorYears.Correction(
                                MeasuredValue.of(BigDecimal.TEN), null, null, "Restated", null))),
                new UseCase("withdraw a value", Needs.RETURNS, true, (s, t) -> s.years().withdrawValue(t.caller(),
                        t.organisationId(), "CP 1", "2019-01", "Wrong indicator")),
                new UseCase("record an outturn", Needs.RETURNS, true, (s, t) -> s.years().recordOutturn(t.caller(),
                        t.organisationId(), "CP 1", "2018-19", new IndicatorYears.Outturn(OutturnKind.FINAL,
                                MeasuredValue.of(BigDecimal.ONE), "Year end"))),
                new UseCase("draft commentary", Needs.RETURNS, true, (s, t) -> s.years().draftCommentary(
                        t.caller(), t.organisationId(), "CP 1", "2019-01",
                        new IndicatorYears.Commentary("Improving", null, null))),
                new UseCase("declare an expected outcome", Needs.RETURNS, true, (s, t) -> s.years()
                        .declareExpectedOutcome(t.caller(), t.organisationId(), "CP 1", "2019-01",
                                ExpectedOutcome.ON_COURSE)),
                new UseCase("publish a report", Needs.DEFINE, true, (s, t) -> s.publications().publish(t.caller(),
                        t.organisationId(), new Publications.Publication("2019-01", "Cabinet", null))),
                new UseCase("choose the status scheme", Needs.DEFINE, true, (s, t) -> s.publications()
                        .chooseStatusScheme(t.caller(), t.organisationId(), new Publications.SchemeChoice(
                                org.performanceledger.events.StatusScheme.FIVE_STATE, "Board key"))),
                new UseCase("describe a corporate aim", Needs.DEFINE, true, (s, t) -> s.publications()
                        .describeCorporateAim(t.caller(), t.organisationId(), "SAFE",
                                new Publications.AimDescription(null, List.of("A safe town.")))),
                new UseCase("import files", Needs.DEFINE, true, (s, t) -> s.imports().run(t.caller(),
                        t.organisationId(), List.of(new ImportFile("values.csv",
                                "Code,Period,Value\n".getBytes(StandardCharsets.UTF_8))), true)),
                new UseCase("read the register", Needs.READ, true, (s, t) -> s.indicators().register(t.caller(),
                        t.organisationId(), null)),
                new UseCase("read an indicator", Needs.READ, true, (s, t) -> s.indicators().find(t.caller(),
                        t.organisationId(), "CP 1")),
                new UseCase("read a value's history", Needs.READ, true, (s, t) -> s.years().valueHistory(
                        t.caller(), t.organisationId(), "CP 1", "2019-01", null)),
                new UseCase("read the returns due", Needs.READ, true, (s, t) -> s.organisations().returnsDue(
                        t.caller(), t.organisationId())),
                new UseCase("read the periods with data", Needs.READ, true, (s, t) -> s.organisations()
                        .periodsWithData(t.caller(), t.organisationId())),
                new UseCase("read an indicator's years", Needs.READ, true, (s, t) -> s.years().years(t.caller(),
                        t.organisationId(), "CP 1", null, null)),
                new UseCase("read an indicator's whole record", Needs.READ, true, (s, t) -> s.years().record(
                        t.caller(), t.organisationId(), "CP 1")),
                new UseCase("read the report", Needs.READ, true, (s, t) -> s.reports().monthly(t.caller(),
                        t.organisationId(), "2019-01", null, false)),
                new UseCase("read a period's report", Needs.READ, true, (s, t) -> s.reports().report(t.caller(),
                        t.organisationId(), "2018-Q3", null, false, null)),
                new UseCase("list the publications", Needs.READ, true, (s, t) -> s.publications().list(t.caller(),
                        t.organisationId(), null)),
                new UseCase("read a publication as issued", Needs.READ, true, (s, t) -> s.publications()
                        .issued(t.caller(), t.organisationId(), "2019-01", 1)),
                new UseCase("read the report as published", Needs.READ, true, (s, t) -> s.publications()
                        .published(t.caller(), t.organisationId(), "2019-01")),
                new UseCase("read the changes since publication", Needs.READ, true, (s, t) -> s.reports()
                        .changes(t.caller(), t.organisationId(), "2019-01", null, null)),
                new UseCase("read the audit trail", Needs.AUDIT, true, (s, t) -> s.audit().organisationTrail(
                        t.caller(), t.organisationId(), AuditTrail.Filter.NONE, 0, 10)),
                new UseCase("read a user's activity across organisations", Needs.AUDIT, false, (s, t) -> assertThat(s.audit().userTrail(
                        t.caller(), "officer", null, null, 0, 10).entries()).isNotEmpty()
                        .allMatch(entry -> entry.organisationId().equals(t.organisationId()))),
                new UseCase("verify the event store", Needs.VERIFY, false, (s, t) -> s.audit().verify(t.caller())),
                new UseCase("see the views", Needs.VERIFY, false, (s, t) -> s.views().status(t.caller())),
                new UseCase("rebuild the views", Needs.REBUILD, false, (s, t) -> s.views().rebuild(t.caller(), null)),
                new UseCase("see the users", Needs.ADMIN, false, (s, t) -> assertThat(s.users().list(t.caller()))
                        .extracting(LedgerUser::username).containsExactly("admin", "officer")));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (UseCase useCase : useCases()) {
            for (Role role : Role.values()) {
                for (boolean own : new boolean[]{true, false}) {
                    if (!useCase.inOrganisation() && !own) {
                        continue; // the ledger's own actions belong to no organisation
                    }
                    cases.add(Arguments.of(useCase, role, own ? "its own organisation" : "another organisation"));
                }
            }
        }
        return cases.stream();
    }

    @BeforeEach
    void ledgerThatAnswersEverything() {
        CommandGateway commands = mock(CommandGateway.class);
        when(commands.sendAndWait(any())).thenAnswer(invocation -> {
            sent.add(invocation.getArgument(0));
            return null;
        });
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(ResponseType.class))).thenAnswer(invocation -> CompletableFuture.completedFuture(
                answer(invocation.getArgument(0))));
        when(queries.query(any(), any(Class.class))).thenAnswer(invocation -> CompletableFuture.completedFuture(
                answer(invocation.getArgument(0))));
        LedgerDirectory directory = new NewOrganisations(10);
        Ledger ledger = new Ledger(commands, queries);
        Organisations organisations = new Organisations(ledger, Clock.systemUTC());
        Indicators indicators = new Indicators(ledger, organisations);
        ViewAdministration administration = new ViewAdministration() {
            @Override
            public List<ViewStatus> status() {
                return List.of();
            }

            @Override
            public List<String> rebuild(String name) {
                return List.of("audit-trail");
            }
        };
        Reports reports = new Reports(ledger, organisations, administration,
                Clock.fixed(Instant.parse("2019-02-22T10:31:00Z"), ZoneId.of("Europe/London")));
        services = new Services(organisations, indicators, new IndicatorYears(ledger, indicators, Clock.systemUTC()),
                new Publications(ledger, organisations, reports), reports,
                new AuditTrail(ledger, organisations, () -> new VerificationReport(true, 1, "d", 1, 1, 0, 1, null)),
                new Views(administration), new Imports(ledger, directory, Clock.systemUTC()),
                new Users(() -> List.of(LedgerUser.person("officer", "Officer", Set.of(new Grant(OWN, Role.OFFICER))),
                        LedgerUser.person("admin", "Admin", Set.of(new Grant(Grant.ALL, Role.ADMIN))))));
    }

    @ParameterizedTest(name = "{1} in {2}: {0}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatTheMatrixSaysAndNothingElse(UseCase useCase, Role role, String where) {
        boolean own = where.equals("its own organisation");
        Caller caller = Caller.api(LedgerUser.person("someone", "Someone", Set.of(new Grant(OWN, role))), null);
        String organisation = own ? OWN : OTHER;
        boolean allowed = own && useCase.needs().roles.contains(role);

        if (allowed) {
            useCase.call().accept(services, new Target2(caller, organisation));
            sent.forEach(command -> assertThat(command.getMetaData())
                    .containsEntry(ProvenanceKeys.ROLE, role.name())
                    .containsEntry(ProvenanceKeys.USER_ID, "someone"));
        } else {
            assertThatThrownBy(() -> useCase.call().accept(services, new Target2(caller, organisation)))
                    .isInstanceOfSatisfying(LedgerRejection.class, rejection -> {
                        assertThat(rejection.code()).isEqualTo(LedgerErrorCode.FORBIDDEN);
                        assertThat(rejection.details().get("requiredRoles")).asList().map(String::valueOf)
                                .containsExactlyInAnyOrderElementsOf(useCase.needs().roles.stream()
                                        .map(Enum::name).toList());
                        if (useCase.inOrganisation()) {
                            assertThat(rejection.details()).containsEntry("organisationId", organisation);
                        }
                    });
            assertThat(sent).isEmpty();
        }
    }

    /** Whatever a query asks, something there to answer it; the audit trails span both organisations. */
    private static Object answer(Object query) {
        if (query instanceof FindOrganisationQuery find) {
            return Optional.of(new OrganisationView(find.organisationId(), "Council", 10, Instant.EPOCH));
        }
        if (query instanceof FindIndicatorQuery find) {
            return Optional.of(new IndicatorView(find.organisationId(), find.code(), DEFINITION, "ACTIVE", null,
                    null, List.of(), Instant.EPOCH, "performance", "Demo Performance Team"));
        }
        if (query instanceof AuditTrailQuery) {
            List<AuditEntry> entries = List.of(entry(OWN), entry(OTHER));
            return new AuditTrailPage(0, entries.size(), entries.size(), entries);
        }
        String type = query.getClass().getSimpleName();
        return switch (type) {
            case "ValueHistoryQuery" -> Optional.of(new ValueHistory(OWN, "CP 1", "2018-19", "2019-01", List.of()));
            case "MonthlyReportQuery", "PublishedReportQuery" -> Optional.of(new MonthlyReport(OWN, "2019-01",
                    Instant.EPOCH, null, List.of(ROW), List.of(), List.of(), List.of()));
            case "PeriodReportQuery", "PublishedPeriodReportQuery" -> Optional.of(reportOfOneRow());
            case "PublicationsQuery" -> List.of();
            case "ReportChangesQuery" -> Optional.of(new ReportChanges(OWN, "2019-01", Instant.EPOCH, Instant.EPOCH,
                    List.of()));
            case "IndicatorRegisterQuery", "ReturnsDueQuery", "IndicatorYearsQuery" -> List.of();
            case "PeriodsWithDataQuery" -> new PeriodsWithData(OWN, List.of(), List.of(), List.of(), List.of());
            default -> throw new IllegalArgumentException("No answer for " + type);
        };
    }

    private static final ReportRow ROW = new ReportRow("CP 1", "Sickness", Polarity.MINIMISE, null, "days",
            "2019-01", null, null, null, Status.NO_STATUS, null, null, null, null, null, null, null, null);

    /** A report with one indicator in it, enough to be published. */
    private static org.performanceledger.query.report.PerformanceReport reportOfOneRow() {
        var empty = org.performanceledger.query.report.PerformanceReport.empty(OWN,
                org.performanceledger.query.report.ReportPeriod.parse("2019-01").orElseThrow(), Instant.EPOCH,
                Instant.EPOCH);
        var row = new org.performanceledger.query.report.PerformanceReport.Row("CP 1", "Sickness", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        return new org.performanceledger.query.report.PerformanceReport(OWN, empty.period(), empty.asOf(),
                empty.asOfText(), empty.targetsAsOf(), null, empty.generated(), empty.scheme(), empty.legends(),
                empty.counts(),
                List.of(row), empty.section1(), empty.section2(), empty.section3());
    }

    private static AuditEntry entry(String organisationId) {
        return new AuditEntry("e-" + organisationId, Instant.EPOCH, "officer", "Officer", "OFFICER", "api", "c",
                organisationId, "CP 1", "2019-01", "Value recorded", null, "1", null);
    }
}
