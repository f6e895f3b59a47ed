package org.performanceledger.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.query.Documents;
import org.performanceledger.query.ViewStore;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Periods;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.MonthlyReport.AimGroup;
import org.performanceledger.query.history.MonthlyReport.ExceptionGroup;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.Status;
import org.performanceledger.query.status.StatusRules;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers reports and histories from the two-clock documents of {@link IndicatorHistoryProjection}: any position is
 * the versions recorded up to a moment. A report reads one organisation document and, in one {@code $in} lookup on
 * {@code _id}, the year documents of its indicators for this year and last.
 */
public class ReportQueries {

    /** Section 3 shows this many months up to the report's month. */
    static final int DETAIL_MONTHS = 24;

    private static final List<ExpectedOutcome> OUTCOME_ORDER = List.of(ExpectedOutcome.AT_RISK,
            ExpectedOutcome.SOME_SLIPPAGE, ExpectedOutcome.ON_COURSE, ExpectedOutcome.NO_VALUE);

    private final ViewStore store;
    private final Clock clock;

    /** Reads the history view wherever its live generation is ({@code ViewStore}). */
    public ReportQueries(ViewStore historyStore, Clock clock) {
        this.store = historyStore;
        this.clock = clock;
    }

    public ReportQueries(MongoDatabase database, Clock clock) {
        this(ViewStore.live(database, IndicatorHistoryProjection.PROCESSING_GROUP), clock);
    }

    private MongoCollection<Document> years() {
        return store.collection(IndicatorHistoryProjection.YEARS);
    }

    private MongoCollection<Document> organisations() {
        return store.collection(IndicatorHistoryProjection.ORGANISATIONS);
    }

    @QueryHandler
    Optional<ValueHistory> handle(ValueHistoryQuery query) {
        Document organisation = organisations().find(Filters.eq("_id", query.organisationId())).first();
        if (organisation == null) {
            return Optional.empty();
        }
        List<Document> definitions = IndicatorHistoryProjection.definitionVersions(organisation, query.code());
        if (definitions.isEmpty()) {
            return Optional.empty();
        }
        IndicatorDefinition definition = Documents.definition(
                definitions.get(definitions.size() - 1).get("definition", Document.class));
        Optional<String> year = Periods.yearOf(query.period(), definition.frequency(), definition.yearBasis());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Document document = years().find(Filters.eq("_id",
                IndicatorHistoryProjection.yearId(query.organisationId(), query.code(), year.get()))).first();
        List<ValueVersion> versions = document == null ? List.of()
                : periodList(document, query.period(), "values").stream()
                .filter(version -> query.asOf() == null || !recordedAt(version).isAfter(query.asOf()))
                .map(ReportQueries::valueVersion).toList();
        return Optional.of(new ValueHistory(query.organisationId(), query.code(), year.get(), query.period(),
                versions));
    }

    @QueryHandler
    Optional<MonthlyReport> handle(MonthlyReportQuery query) {
        Instant asOf = query.asOf() == null ? clock.instant() : query.asOf();
        Instant targetsAsOf = query.targetsAsOf() == null ? asOf : query.targetsAsOf();
        return organisation(query.organisationId())
                .flatMap(organisation -> report(organisation, query.period(), asOf, targetsAsOf, null));
    }

    @QueryHandler
    List<RegisterEntry> handle(IndicatorRegisterQuery query) {
        Instant asOf = query.asOf() == null ? clock.instant() : query.asOf();
        List<RegisterEntry> register = new ArrayList<>();
        organisation(query.organisationId()).ifPresent(organisation -> {
            for (Document indicator : organisation.getList("indicators", Document.class)) {
                latestAt(indicator.getList("versions", Document.class), asOf).ifPresent(version -> register.add(
                        new RegisterEntry(indicator.getString("code"),
                                Documents.definition(version.get("definition", Document.class)),
                                version.getString("status"), recordedAt(version))));
            }
        });
        register.sort(Comparator.comparing(entry -> codeOrder(entry.code())));
        return register;
    }

    @QueryHandler
    Optional<MonthlyReport> handle(PublishedReportQuery query) {
        return organisation(query.organisationId()).flatMap(organisation ->
                lastPublication(organisation, query.period()).flatMap(publication ->
                        report(organisation, query.period(), publication.publishedAt(),
                                publication.publishedAt(), publication)));
    }

    @QueryHandler
    Optional<ReportChanges> handle(ReportChangesQuery query) {
        Optional<Document> found = organisation(query.organisationId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document organisation = found.get();
        Optional<Instant> from = query.from() != null ? Optional.of(query.from())
                : lastPublication(organisation, query.period()).map(MonthlyReport.Publication::publishedAt);
        Instant to = query.to() == null ? clock.instant() : query.to();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<MonthlyReport> before = report(organisation, query.period(), from.get(), from.get(), null);
        Optional<MonthlyReport> after = report(organisation, query.period(), to, to, null);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ReportRow> earlier = before.get().indicators().stream()
                .collect(Collectors.toMap(ReportRow::code, Function.identity()));
        Map<String, Document> years = yearDocuments(query.organisationId(), monthlyIndicatorsAt(organisation, to),
                List.of(query.period()));
        List<ReportChanges.IndicatorChanges> changes = new ArrayList<>();
        for (ReportRow now : after.get().indicators()) {
            ReportRow then = earlier.get(now.code());
            List<ReportChanges.FieldChange> fields = fieldChanges(then, now);
            if (!fields.isEmpty()) {
                changes.add(new ReportChanges.IndicatorChanges(now.code(), fields,
                        records(years, query.organisationId(), now.code(), query.period(), from.get(), to)));
            }
        }
        return Optional.of(new ReportChanges(query.organisationId(), query.period(), from.get(), to, changes));
    }

    private Optional<Document> organisation(String organisationId) {
        return Optional.ofNullable(organisations().find(Filters.eq("_id", organisationId)).first());
    }

    private Optional<MonthlyReport> report(Document organisation, String period, Instant asOf, Instant targetsAsOf,
                                           MonthlyReport.Publication publication) {
        if (Periods.yearOf(period, Frequency.MONTHLY, YearBasis.FINANCIAL).isEmpty()) {
            return Optional.empty();
        }
        String organisationId = organisation.getString("_id");
        Map<String, IndicatorDefinition> indicators = monthlyIndicatorsAt(organisation, asOf);
        YearMonth month = YearMonth.parse(period);
        String previousPeriod = month.minusMonths(1).toString();
        String lastYearPeriod = month.minusYears(1).toString();

        List<String> lastMonths = new ArrayList<>();
        for (int back = DETAIL_MONTHS - 1; back >= 0; back--) {
            lastMonths.add(month.minusMonths(back).toString());
        }
        List<String> periods = new ArrayList<>(lastMonths);
        periods.add(lastYearPeriod);
        Map<String, Document> yearDocuments = yearDocuments(organisationId, indicators, periods);
        List<ReportRow> rows = new ArrayList<>();
        List<MonthlyReport.IndicatorDetail> details = new ArrayList<>();
        indicators.forEach((code, definition) -> {
            rows.add(row(organisationId, code, definition, period, previousPeriod, lastYearPeriod, yearDocuments,
                    asOf, targetsAsOf));
            details.add(detail(organisationId, code, definition, lastMonths, yearDocuments, asOf, targetsAsOf));
        });
        return Optional.of(new MonthlyReport(organisationId, period, asOf, publication, rows, exceptions(rows),
                byCorporateAim(rows), details));
    }

    private static Optional<MonthlyReport.Publication> lastPublication(Document organisation, String period) {
        return organisation.getList("publications", Document.class, List.of()).stream()
                .filter(publication -> period.equals(publication.getString("period")))
                .reduce((earlier, later) -> later)
                .map(publication -> new MonthlyReport.Publication(recordedAt(publication),
                        publication.getString("committee"), publication.getString("title"),
                        publication.getString("recordedBy")));
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
                : java.util.Objects.equals(before, after);
        if (!same) {
            fields.add(new ReportChanges.FieldChange(name, before, after));
        }
    }

    /** Everything recorded about the indicator's period (and its year's targets) after {@code from}, up to {@code to}. */
    private static List<ReportChanges.ChangeRecord> records(Map<String, Document> years, String organisationId,
                                                            String code, String period, Instant from, Instant to) {
        List<ReportChanges.ChangeRecord> records = new ArrayList<>();
        years.values().stream()
                .filter(year -> code.equals(year.getString("code")) && organisationId.equals(
                        year.getString("organisationId")))
                .forEach(year -> {
                    year.getList("targets", Document.class).forEach(version -> addRecord(records, version, from, to,
                            "target set (" + version.getString("authority") + ")", version.getString("reason")));
                    periodList(year, period, "values").forEach(version -> addRecord(records, version, from, to,
                            "value " + version.getString("change").toLowerCase(), version.getString("reason")));
                    periodList(year, period, "commentary").forEach(version -> addRecord(records, version, from, to,
                            "commentary draft " + version.getInteger("draft"), null));
                    periodList(year, period, "expectedOutcomes").forEach(version -> addRecord(records, version, from,
                            to, "expected outcome " + version.getString("outcome"), null));
                });
        records.sort(Comparator.comparing(ReportChanges.ChangeRecord::recordedAt));
        return records;
    }

    private static void addRecord(List<ReportChanges.ChangeRecord> records, Document version, Instant from,
                                  Instant to, String what, String reason) {
        Instant recordedAt = recordedAt(version);
        if (recordedAt.isAfter(from) && !recordedAt.isAfter(to)) {
            records.add(new ReportChanges.ChangeRecord(recordedAt, version.getString("recordedBy"),
                    version.getString("recordedByName"), what, reason));
        }
    }

    /** Indicators registered and still active at {@code asOf}, with the definition in force then, by code. */
    private static Map<String, IndicatorDefinition> monthlyIndicatorsAt(Document organisation, Instant asOf) {
        Map<String, IndicatorDefinition> active = new TreeMap<>(Comparator.comparing(ReportQueries::codeOrder));
        for (Document indicator : organisation.getList("indicators", Document.class)) {
            latestAt(indicator.getList("versions", Document.class), asOf)
                    .filter(version -> "ACTIVE".equals(version.getString("status")))
                    .map(version -> Documents.definition(version.get("definition", Document.class)))
                    .filter(definition -> definition.frequency() == Frequency.MONTHLY)
                    .ifPresent(definition -> active.put(indicator.getString("code"), definition));
        }
        return active;
    }

    private Map<String, Document> yearDocuments(String organisationId, Map<String, IndicatorDefinition> indicators,
                                                List<String> periods) {
        Set<String> ids = new java.util.HashSet<>();
        indicators.forEach((code, definition) -> periods.forEach(period ->
                Periods.yearOf(period, Frequency.MONTHLY, definition.yearBasis()).ifPresent(year ->
                        ids.add(IndicatorHistoryProjection.yearId(organisationId, code, year)))));
        Map<String, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            years().find(Filters.in("_id", ids)).forEach(document -> found.put(document.getString("_id"), document));
        }
        return found;
    }

    /** Section 3: the indicator's value against target month by month, judged as the rows are. */
    private static MonthlyReport.IndicatorDetail detail(String organisationId, String code,
                                                        IndicatorDefinition definition, List<String> months,
                                                        Map<String, Document> years, Instant asOf,
                                                        Instant targetsAsOf) {
        List<MonthlyReport.MonthPoint> points = new ArrayList<>();
        String latestCommentary = null;
        for (String month : months) {
            Optional<Document> year = yearDocument(years, organisationId, code, definition, month);
            MeasuredValue value = year.map(y -> valueAt(y, month, asOf)).orElse(null);
            TargetInForce target = targetAt(year, month, definition, targetsAsOf);
            points.add(new MonthlyReport.MonthPoint(month, value, target.forPeriod(month),
                    target.status(definition.polarity(), value, month)));
            latestCommentary = year.flatMap(y -> latestAt(periodList(y, month, "commentary"), asOf))
                    .map(version -> version.getString("explanation")).orElse(latestCommentary);
        }
        return new MonthlyReport.IndicatorDetail(code, definition.shortName(), points, latestCommentary);
    }

    private static ReportRow row(String organisationId, String code, IndicatorDefinition definition, String period,
                                 String previousPeriod, String lastYearPeriod, Map<String, Document> years,
                                 Instant asOf, Instant targetsAsOf) {
        Optional<Document> thisYear = yearDocument(years, organisationId, code, definition, period);
        String latestMonth = thisYear.flatMap(year -> latestMonthWithValue(year, period, definition, asOf))
                .orElse(period);
        MeasuredValue value = thisYear.map(year -> valueAt(year, latestMonth, asOf)).orElse(null);
        TargetInForce target = targetAt(thisYear, latestMonth, definition, targetsAsOf);
        MeasuredValue previous = yearDocument(years, organisationId, code, definition, previousPeriod)
                .map(y -> valueAt(y, previousPeriod, asOf)).orElse(null);
        MeasuredValue lastYear = yearDocument(years, organisationId, code, definition, lastYearPeriod)
                .map(y -> valueAt(y, lastYearPeriod, asOf)).orElse(null);
        ExpectedOutcome outcome = thisYear.flatMap(year -> latestAt(periodList(year, period, "expectedOutcomes"),
                asOf)).map(version -> ExpectedOutcome.valueOf(version.getString("outcome"))).orElse(null);
        String commentary = thisYear.flatMap(year -> latestAt(periodList(year, period, "commentary"), asOf))
                .map(version -> version.getString("explanation")).orElse(null);
        return new ReportRow(code, definition.shortName(), definition.polarity(),
                definition.basis() == null ? null : definition.basis().name(), definition.unit(), latestMonth, value,
                target.forPeriod(latestMonth), target.annual(), target.status(definition.polarity(), value, latestMonth),
                outcome, StatusRules.direction(definition.polarity(), value, lastYear, target.annual()),
                StatusRules.direction(definition.polarity(), value, previous, target.annual()), commentary,
                definition.managedBy(), definition.responsibleUnit(), definition.scrutinyCommittee(),
                definition.corporateAim());
    }

    /**
     * Like the source report's "Latest Month": the month itself when it has a value, else the latest earlier month
     * of the same year that has one.
     */
    private static Optional<String> latestMonthWithValue(Document year, String period,
                                                         IndicatorDefinition definition, Instant asOf) {
        Optional<String> yearOfPeriod = Periods.yearOf(period, Frequency.MONTHLY, definition.yearBasis());
        for (YearMonth month = YearMonth.parse(period); Periods.yearOf(month.toString(), Frequency.MONTHLY,
                definition.yearBasis()).equals(yearOfPeriod); month = month.minusMonths(1)) {
            if (valueAt(year, month.toString(), asOf) != null) {
                return Optional.of(month.toString());
            }
        }
        return Optional.empty();
    }

    /** The year document a month of an indicator lives in, if fetched. */
    private static Optional<Document> yearDocument(Map<String, Document> years, String organisationId, String code,
                                                   IndicatorDefinition definition, String month) {
        return Periods.yearOf(month, Frequency.MONTHLY, definition.yearBasis())
                .map(year -> years.get(IndicatorHistoryProjection.yearId(organisationId, code, year)));
    }

    /** The value in force for a period at a moment: the last recorded or corrected version, unless withdrawn. */
    private static MeasuredValue valueAt(Document year, String period, Instant asOf) {
        return latestAt(periodList(year, period, "values"), asOf)
                .map(version -> Documents.measuredValue(version.get("value", Document.class))).orElse(null);
    }

    /** A target version as judged: the annual target, its tolerance and profile (all absent when none is set). */
    private record TargetInForce(Target annual, Tolerance tolerance, List<PeriodTarget> profile) {

        static final TargetInForce NONE = new TargetInForce(null, null, List.of());

        static TargetInForce of(Document version) {
            return new TargetInForce(Documents.target(version.get("target", Document.class)),
                    Documents.tolerance(version.get("tolerance", Document.class)),
                    Documents.profile(version.getList("profile", Document.class)));
        }

        Target forPeriod(String period) {
            return StatusRules.periodTarget(annual, profile, period);
        }

        Status status(Polarity polarity, MeasuredValue value, String period) {
            return StatusRules.status(polarity, value, annual, tolerance, profile, period);
        }
    }

    /** The target in force for a period at a moment: the latest set by then that takes effect by that period. */
    private static TargetInForce targetAt(Optional<Document> year, String period, IndicatorDefinition definition,
                                          Instant asOf) {
        return year.flatMap(document -> document.getList("targets", Document.class).stream()
                        .filter(version -> !recordedAt(version).isAfter(asOf))
                        .filter(version -> !Periods.lastDayOf(version.getString("effectiveFrom"),
                                definition.yearBasis()).isAfter(Periods.lastDayOf(period, definition.yearBasis())))
                        .reduce((earlier, later) -> later))
                .map(TargetInForce::of).orElse(TargetInForce.NONE);
    }

    private static List<ExceptionGroup> exceptions(List<ReportRow> rows) {
        Map<ExpectedOutcome, Map<String, List<ReportRow>>> grouped = new TreeMap<>(
                Comparator.comparingInt(outcome -> outcome == null ? OUTCOME_ORDER.size()
                        : OUTCOME_ORDER.indexOf(outcome)));
        Map<String, List<ReportRow>> withoutOutcome = new TreeMap<>();
        for (ReportRow row : rows) {
            if (row.status() != Status.RED && row.status() != Status.AMBER) {
                continue;
            }
            String unit = row.responsibleUnit() == null ? "" : row.responsibleUnit();
            Map<String, List<ReportRow>> byUnit = row.expectedOutcome() == null ? withoutOutcome
                    : grouped.computeIfAbsent(row.expectedOutcome(), outcome -> new TreeMap<>());
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(row);
        }
        List<ExceptionGroup> groups = new ArrayList<>();
        grouped.forEach((outcome, byUnit) -> byUnit.forEach((unit, members) ->
                groups.add(new ExceptionGroup(outcome, unit.isEmpty() ? null : unit, members))));
        withoutOutcome.forEach((unit, members) -> groups.add(new ExceptionGroup(null, unit.isEmpty() ? null : unit,
                members)));
        return groups;
    }

    private static List<AimGroup> byCorporateAim(List<ReportRow> rows) {
        // Aims in the order of their first indicator's code, as the source report lists them (SAFE: CP 1.x first).
        Map<String, List<ReportRow>> grouped = rows.stream().collect(Collectors.groupingBy(
                row -> row.corporateAim() == null ? "" : row.corporateAim(), LinkedHashMap::new, Collectors.toList()));
        List<AimGroup> groups = new ArrayList<>();
        grouped.forEach((aim, members) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ExpectedOutcome outcome : OUTCOME_ORDER) {
                counts.put(outcome.name(), members.stream().filter(row -> row.expectedOutcome() == outcome).count());
            }
            counts.put("NOT_DECLARED", members.stream().filter(row -> row.expectedOutcome() == null).count());
            groups.add(new AimGroup(aim.isEmpty() ? null : aim, members, counts));
        });
        return groups;
    }

    private static ValueVersion valueVersion(Document version) {
        return new ValueVersion(recordedAt(version), version.getString("recordedBy"),
                version.getString("recordedByName"), version.getString("source"), version.getString("change"),
                Documents.measuredValue(version.get("value", Document.class)),
                Documents.measuredValue(version.get("replaced", Document.class)), version.getString("reason"),
                Boolean.TRUE.equals(version.getBoolean("late")), version.getString("sourceDate"));
    }

    private static List<Document> periodList(Document year, String period, String name) {
        Document entry = year.get("periods", Document.class).get(period, Document.class);
        return entry == null ? List.of() : entry.getList(name, Document.class);
    }

    /** The last version recorded at or before {@code asOf}; versions are kept in recording order. */
    private static Optional<Document> latestAt(List<Document> versions, Instant asOf) {
        return versions.stream().filter(version -> !recordedAt(version).isAfter(asOf)).reduce((a, b) -> b);
    }

    private static Instant recordedAt(Document version) {
        return version.get("recordedAt", Date.class).toInstant();
    }

    /** Codes in the order people read them: CP 1.2 before CP 1.10. */
    private static String codeOrder(String code) {
        return java.util.regex.Pattern.compile("\\d+").matcher(code)
                .replaceAll(match -> String.format("%08d", Long.parseLong(match.group())));
    }
}
