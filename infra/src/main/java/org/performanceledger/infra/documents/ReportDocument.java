package org.performanceledger.infra.documents;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.infra.web.pages.charts.ValueTargetChart;
import org.performanceledger.infra.web.pages.words.Words;
import org.performanceledger.query.history.ReportChanges;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.report.PerformanceReport.Detail;
import org.performanceledger.query.report.PerformanceReport.Row;
import org.performanceledger.query.report.PublicationSummary;
import org.performanceledger.query.report.ReportText;
import org.performanceledger.query.status.Status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report as the page and the PDF print it (one Thymeleaf template for both): the report's rows by code, each
 * Section 3 indicator's chart of value against target, the words of the header (whose report, which moment or
 * publication it shows), and, when asked, what changed since a publication. Everything it shows is a cell's
 * {@code text} of the {@link PerformanceReport}, so the page, the PDF, the workbook and the CSV say the same.
 *
 * @param charts  each Section 3 indicator's chart (SVG markup), by code
 * @param changes what changed since a publication; null when not asked
 */
public record ReportDocument(String organisationName, PerformanceReport report, Map<String, Row> rows,
                             Map<String, String> charts, Changes changes) {

    /** Row fields whose cells are numbers, aligned right in tables. */
    private static final Set<String> NUMERIC = Set.of("value", "periodTarget", "annualTarget");

    /** What changed since a publication: the fields that differ, and what was recorded in between. */
    public record Changes(PublicationSummary since, String toText, List<IndicatorChange> indicators,
                          Map<String, Map<String, String>> before) {
    }

    /** One indicator's differences and the records behind them, oldest first. */
    public record IndicatorChange(String code, String shortName, List<FieldChange> fields,
                                  List<RecordShown> records) {
    }

    /** A field as published and as now, in words. */
    public record FieldChange(String heading, String before, String after) {
    }

    /** Who recorded what, when and why. */
    public record RecordShown(String who, String when, String what, String why) {
    }

    /** The report with its charts, and no changes. */
    public static ReportDocument of(PerformanceReport report, String organisationName) {
        Map<String, Row> rows = report.indicators().stream()
                .collect(Collectors.toMap(Row::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> charts = new HashMap<>();
        int index = 0;
        for (PerformanceReport.DetailAim aim : report.section3().aims()) {
            for (Detail detail : aim.indicators()) {
                charts.put(detail.code(), chart("chart-" + ++index, detail, rows.get(detail.code())));
            }
        }
        return new ReportDocument(organisationName, report, rows, charts, null);
    }

    /** The same report, showing what changed since the publication {@code since}. */
    public ReportDocument withChanges(PublicationSummary since, ReportChanges differences) {
        List<IndicatorChange> indicators = new ArrayList<>();
        Map<String, Map<String, String>> before = new HashMap<>();
        for (ReportChanges.IndicatorChanges indicator : differences.indicators()) {
            Row row = rows.get(indicator.code());
            List<FieldChange> fields = new ArrayList<>();
            for (ReportChanges.FieldChange field : indicator.fields()) {
                String was = words(field.before(), row);
                fields.add(new FieldChange(heading(field.field()), was, words(field.after(), row)));
                before.computeIfAbsent(indicator.code(), code -> new HashMap<>()).put(field.field(), was);
            }
            List<RecordShown> records = indicator.records().stream().map(record -> new RecordShown(
                    record.recordedByName() == null ? record.recordedBy() : record.recordedByName(),
                    ReportText.moment(record.recordedAt()), record.what(), record.reason())).toList();
            indicators.add(new IndicatorChange(indicator.code(), row == null ? "" : row.shortName(), fields,
                    records));
        }
        return new ReportDocument(organisationName, report, rows, charts, new Changes(since,
                ReportText.moment(differences.to()), indicators, before));
    }

    public Row row(String code) {
        return rows.get(code);
    }

    public String chart(String code) {
        return charts.get(code);
    }

    /** The field's words in the row, as every format prints them. */
    public String text(Row row, String field) {
        return ReportFields.text(row, field);
    }

    public boolean numeric(String field) {
        return NUMERIC.contains(field);
    }

    /**
     * The classes of a section table's header cell (here, not in the template: Thymeleaf reads a double underscore
     * in an expression as preprocessing).
     */
    public String headerClass(String field) {
        return "govuk-table__header ledger-report__cell--" + field
                + (numeric(field) ? " govuk-table__header--numeric" : "");
    }

    /** The classes of a section table's cell: numbers aligned right, a figure changed since publication marked. */
    public String cellClass(String code, String field) {
        return "govuk-table__cell ledger-report__cell--" + field + (numeric(field) ? " govuk-table__cell--numeric" : "")
                + (was(code, field) != null ? " ledger-report__cell--changed" : "");
    }

    /** "Performance report: January 2019". */
    public String title() {
        return "Performance report: " + report.period().words();
    }

    /** When the report was drawn up (the ledger's clock), UK time: "27 November 2026 13:05". */
    public String generatedOn() {
        return report.generated().atText();
    }

    /** The ledger's position it was drawn from: "Drawn from the ledger through event 604". */
    public String drawnFrom() {
        return report.generated().drawnThroughText();
    }

    /** The moment the report shows, exactly, as the API writes it: "2019-02-22T10:31:00Z". */
    public String momentShown() {
        return report.asOf().toString();
    }

    /** Which moment or publication the report shows, in a sentence. */
    public String shows() {
        return shows(report);
    }

    /** Which moment or publication a report shows: "As the ledger knew it at 22 February 2019 10:31". */
    public static String shows(PerformanceReport report) {
        PerformanceReport.Publication publication = report.publication();
        if (publication != null) {
            return "As published to " + publication.committee() + " on " + publication.publishedAtText() + " by "
                    + publication.publishedByName() + " (publication " + publication.number() + " of the period"
                    + (publication.title() == null ? "" : ": " + publication.title()) + ")";
        }
        return "As the ledger knew it at " + report.asOfText();
    }

    /** A detail of an indicator's definition, or {@link ReportText#NOT_GIVEN} when it leaves it out. */
    public String given(String detail) {
        return ReportFields.text(detail);
    }

    /** "Judged against the targets in force at ..." when they are not those of the report's moment; else null. */
    public String judgedAgainst() {
        return report.targetsAsOf() == null || report.targetsAsOf().equals(report.asOf()) ? null
                : "Statuses judged against the targets in force at " + ReportText.moment(report.targetsAsOf());
    }

    /** The field's words at the publication compared with, when it changed since; else null. */
    public String was(String code, String field) {
        if (changes == null) {
            return null;
        }
        Map<String, String> fields = changes.before().get(code);
        return fields == null ? null : fields.get(field);
    }

    public boolean changed(String code) {
        return changes != null && changes.before().containsKey(code);
    }

    /** A status's GOV.UK tag colour; every status also says its word in the tag. */
    public String tag(String status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case "RED" -> "govuk-tag--red";
            case "AMBER" -> "govuk-tag--orange";
            case "YELLOW" -> "govuk-tag--yellow";
            case "GREEN", "WITHIN_RANGE" -> "govuk-tag--green";
            case "ABOVE_RANGE", "BELOW_RANGE" -> "govuk-tag--purple";
            default -> "govuk-tag--grey";
        };
    }

    /** The heading Section 2 gives a field, for the list of changes. */
    private String heading(String field) {
        return report.section2().columns().stream().filter(column -> column.field().equals(field))
                .map(PerformanceReport.Column::heading).findFirst().orElse(switch (field) {
                    case "commentary" -> "Comment";
                    case "indicator" -> "Indicator";
                    default -> field;
                });
    }

    /** A value of the month's report (a value, target, status, outcome or text) in the report's words. */
    private static String words(Object value, Row row) {
        String unit = row == null ? null : row.unit();
        Integer places = row == null ? null : row.decimalPlaces();
        String words;
        if (value == null) {
            words = "";
        } else if (value instanceof MeasuredValue measured) {
            words = ReportText.value(measured, unit, places);
        } else if (value instanceof Target target) {
            words = ReportText.target(target, unit, places, "-");
        } else if (value instanceof Status status) {
            words = ReportText.status(status).text();
        } else if (value instanceof ExpectedOutcome outcome) {
            words = outcome.words();
        } else {
            words = value.toString();
        }
        return words.isBlank() ? "None" : words;
    }

    /** An indicator's history as a chart of value against target. */
    private static String chart(String id, Detail detail, Row row) {
        List<ValueTargetChart.Point> points = detail.history().stream().map(point -> {
            MeasuredValue value = point.value().value();
            BigDecimal number = value != null && value.state() == ValueState.NUMBER ? value.number() : null;
            Target target = point.target().target();
            boolean range = target != null && target.kind() == TargetKind.RANGE;
            return new ValueTargetChart.Point(Words.shortPeriod(point.period().value()), number,
                    target != null && target.kind() == TargetKind.NUMBER ? target.number() : null,
                    range ? target.lower() : null, range ? target.upper() : null);
        }).toList();
        String unit = row == null || row.unit() == null || row.unit().isBlank() ? null : row.unit();
        return ValueTargetChart.svg(id, detail.code() + ": value against target, " + detail.periodsText(),
                "Each period's value as a line and its target as a dashed line or a shaded range; the same "
                        + "figures are in the table that follows.",
                unit == null ? "Value" : "Value (" + unit.toLowerCase(Locale.UK) + ")", points);
    }
}
