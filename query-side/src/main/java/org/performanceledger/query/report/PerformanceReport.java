package org.performanceledger.query.report;

import org.performanceledger.events.StatusScheme;
import org.performanceledger.query.report.ReportCells.Cell;
import org.performanceledger.query.report.ReportCells.NumberCell;
import org.performanceledger.query.report.ReportCells.RangeCell;
import org.performanceledger.query.report.ReportCells.SymbolCell;
import org.performanceledger.query.report.ReportCells.TargetCell;
import org.performanceledger.query.report.ReportCells.ValueCell;

import java.time.Instant;
import java.util.List;

/**
 * A performance report for any period, arranged as the source Monthly Performance Report reads: every indicator's
 * row once ({@link #indicators}, in code order), and three sections that refer to the rows by code. Every cell
 * carries its words, so each format (page, PDF, workbook, CSV) prints the same.
 *
 * @param period         the period reported
 * @param asOf           the recording time it reflects (the ledger's clock)
 * @param asOfText       that moment in words, UK time: "22 February 2019 10:31"
 * @param targetsAsOf    the moment whose targets judged the statuses (the same as asOf unless asked otherwise)
 * @param publication    the publication it reproduces, when read as published; else null
 * @param generated      when it was drawn up and from which position of the ledger (not part of what it shows:
 *                       a publication drawn up twice shows the same, generated at two moments)
 * @param scheme         the status scheme in force at asOf, with its legend
 * @param legends        what the symbols mean: expected outcomes and directions of travel
 * @param counts         how many indicators have each expected outcome, and the line the report prints
 * @param indicators     every indicator the period shows, once, in code order
 */
public record PerformanceReport(String organisationId, ReportPeriod period, Instant asOf, String asOfText,
                                Instant targetsAsOf, Publication publication, Generated generated, Scheme scheme,
                                Legends legends,
                                OutcomeCounts counts, List<Row> indicators, Section1 section1, Section2 section2,
                                Section3 section3) {

    /**
     * The report of an organisation the history has no indicator of yet: nothing in it.
     *
     * @param generatedAt when it is drawn up (the ledger's clock)
     */
    public static PerformanceReport empty(String organisationId, ReportPeriod period, Instant asOf,
                                          Instant generatedAt) {
        StatusScheme scheme = StatusScheme.THREE_STATE;
        OutcomeCounts none = new OutcomeCounts(List.of(), "");
        return new PerformanceReport(organisationId, period, asOf, ReportText.moment(asOf), asOf, null,
                Generated.at(generatedAt),
                new Scheme(new Cell(scheme.name(), scheme.words()), ReportText.legend(scheme)),
                new Legends(ReportText.outcomeLegend(), ReportText.directionLegend()), none, List.of(),
                new Section1("Section 1: Exceptions - " + period.words() + " performance", List.of(), List.of(),
                        List.of(), "Expected Outcome: Indicators on course to achieve target", List.of()),
                new Section2("Section 2: Corporate Performance Indicators", none, List.of(), List.of()),
                new Section3("Section 3: Detail of indicators", List.of(), List.of()));
    }

    /**
     * The same report drawn up again at {@code now} from the same view: "Generated on" now; when it was a report of
     * "now", as of now; when it was judged against today's targets, against now's. A view that has taken in nothing
     * since answers the same then, so only the moments change.
     *
     * @param ofNow          the report was asked for as of now
     * @param targetsOfToday the report was judged against today's targets
     */
    public PerformanceReport drawnUpAgainAt(Instant now, boolean ofNow, boolean targetsOfToday) {
        return new PerformanceReport(organisationId, period, ofNow ? now : asOf,
                ofNow ? ReportText.moment(now) : asOfText, ofNow || targetsOfToday ? now : targetsAsOf, publication,
                generated.drawnUpAt(now), scheme, legends, counts, indicators, section1, section2, section3);
    }

    /** The same report, saying it was drawn from the ledger through the event at global index {@code position}. */
    public PerformanceReport drawnThrough(long position) {
        return new PerformanceReport(organisationId, period, asOf, asOfText, targetsAsOf, publication,
                generated.drawnThrough(position), scheme, legends, counts, indicators, section1, section2, section3);
    }

    /**
     * When the report was drawn up (the ledger's clock when it was read: a document made from it says "Generated
     * on" this), and the ledger's position it was read from: every event through that global index had been taken
     * into the views it was read from (null while not known).
     *
     * @param atText           "27 November 2026 13:05", UK time
     * @param drawnThroughText "Drawn from the ledger through event 604"
     */
    public record Generated(Instant at, String atText, Long drawnThrough, String drawnThroughText) {

        public static Generated at(Instant at) {
            return new Generated(at, ReportText.moment(at), null, ReportText.drawnThrough(null));
        }

        Generated drawnUpAt(Instant moment) {
            return new Generated(moment, ReportText.moment(moment), drawnThrough, drawnThroughText);
        }

        public Generated drawnThrough(long position) {
            return new Generated(at, atText, position, ReportText.drawnThrough(position));
        }
    }

    /**
     * One indicator in the period.
     *
     * @param period        the indicator's period whose value is shown: the report's own, or when it has no value
     *                      yet the latest earlier one of the same year with one (the source's "Latest Month"); for
     *                      a year, the year's outturn when there is one
     * @param periodTarget  the target of that period (a profile's entry, else the annual target); for an activity
     *                      indicator with an expected range for the period, that range ("Expected 3,000-4,000")
     * @param expectedRange an activity indicator's expected range for that period; else null
     * @param floorStandard the floor standard in force; null when none
     * @param targetTerms   the tolerance, stretch target and floor standard in force in words ("Tolerance 5.0% of
     *                      target; Stretch target 40"), {@link ReportText#NONE_SET} when none is
     * @param outturn       in a year's report, the year's latest outturn; else null
     * @param status        in the organisation's scheme
     */
    public record Row(String code, String shortName, Cell polarity, Cell basis, String unit, Integer decimalPlaces,
                      Cell frequency, Cell period, ValueCell value, TargetCell periodTarget, TargetCell annualTarget,
                      TargetCell stretchTarget, Cell tolerance, RangeCell expectedRange, NumberCell floorStandard,
                      String targetTerms, ValueCell outturn, Cell status, SymbolCell expectedOutcome,
                      SymbolCell againstSamePeriodLastYear, SymbolCell againstPreviousPeriod, String commentary,
                      String managedBy, String responsibleUnit, String scrutinyCommittee, String corporateAim,
                      String yearIntroduced, String externalReference) {
    }

    /** When and to whom it was issued, and by whom (user name, and the name people know them by). */
    public record Publication(int number, Instant publishedAt, String publishedAtText, String committee,
                              String title, String publishedBy, String publishedByName) {
    }

    /** The scheme in force and its legend, worst first: {@code RED} "Red", "Not on target and outside tolerance". */
    public record Scheme(Cell scheme, List<Legend> legend) {
    }

    /** One entry of a legend: the value, its symbol (if the source prints one), its name and what it means. */
    public record Legend(String value, String symbol, String text, String meaning) {
    }

    public record Legends(List<Legend> expectedOutcome, List<Legend> direction) {
    }

    /**
     * How many indicators have each expected outcome, in the order the source prints them.
     *
     * @param text the line as printed: "At risk of missing target 6, On course to achieve target 16, ..."
     */
    public record OutcomeCounts(List<Count> counts, String text) {
    }

    public record Count(String value, String text, long count) {
    }

    /** A column of a section's table: which row field it shows, and its heading as the source prints it. */
    public record Column(String field, String heading) {
    }

    /**
     * Section 1: the exceptions (indicators rated in one of {@code statuses}) grouped by expected outcome and
     * responsible unit, then the indicators on course to achieve target that have commentary, grouped the same way.
     */
    public record Section1(String title, List<Cell> statuses, List<Column> columns, List<Group> exceptions,
                           String onCourseTitle, List<Group> onCourse) {
    }

    /** Indicators with one expected outcome in one responsible unit, by code. */
    public record Group(SymbolCell expectedOutcome, String responsibleUnit, List<String> codes) {
    }

    /** Section 2: every indicator by corporate aim, with the counts line above. */
    public record Section2(String title, OutcomeCounts counts, List<Column> columns, List<Aim> aims) {
    }

    /**
     * A corporate aim and its indicators, by code; the indicators without an aim ({@code aim} null) are one group.
     *
     * @param title   the aim's name as headings print it: "Aim: SAFE", or {@link ReportText#WITHOUT_AIM}
     * @param heading as printed in one line: "Aim: SAFE: Priorities • Create a safe environment ..."
     */
    public record Aim(String aim, String title, String description, List<String> priorities, String heading,
                      OutcomeCounts counts, List<String> codes) {
    }

    /** Section 3: the detail of the indicators rated in one of {@code statuses}, by corporate aim. */
    public record Section3(String title, List<Cell> statuses, List<DetailAim> aims) {
    }

    /** An aim's detailed indicators: {@code title} and {@code heading} as the aim's in Section 2. */
    public record DetailAim(String aim, String title, String heading, OutcomeCounts counts,
                            List<Detail> indicators) {
    }

    /**
     * One indicator's detail: its periods of value against target, oldest first, as data for a chart, and its
     * latest commentary. The rest of what the source prints (format, managed by, year introduced, tolerance,
     * stretch) is the indicator's row.
     */
    public record Detail(String code, String periodsText, List<Point> history, String latestCommentary) {
    }

    /** One period of an indicator's history: value, the target it was judged against, and the status. */
    public record Point(Cell period, ValueCell value, TargetCell target, Cell status) {
    }
}
