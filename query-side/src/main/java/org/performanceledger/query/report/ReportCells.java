package org.performanceledger.query.report;

import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;

import java.math.BigDecimal;

/**
 * The cells of a report: each a value as the ledger holds it and its words as every format prints them, so the web
 * page, the PDF, the workbook and the CSV show the same text. Renderers print {@code text}, and read the value only
 * to style or sort by it.
 */
public final class ReportCells {

    private ReportCells() {
    }

    /** A coded value in words: a polarity {@code RANGE} "Goldilocks", a status {@code RED} "Red". */
    public record Cell(String value, String text) {
    }

    /** A reported value in the indicator's unit and decimal places: "86.60%", "4,969,171", "TBC". */
    public record ValueCell(MeasuredValue value, String text) {
    }

    /** A target as reports print it: "57-67", "90%", "TBC", "-" for a period without a target of its own. */
    public record TargetCell(Target target, String text) {
    }

    /** A number in the indicator's unit (a floor standard, a tolerance in points): "6.5%". */
    public record NumberCell(BigDecimal value, String text) {
    }

    /** An activity indicator's expected range for the period: "1,000 - 2,000". */
    public record RangeCell(BigDecimal lower, BigDecimal upper, String text) {
    }

    /**
     * A symbol the source prints, with the words a screen reader says and a legend repeats: an expected outcome
     * ({@code ON_COURSE}, ✔, "On course to achieve target") or a direction of travel ({@code BETTER}, ↑, "Better
     * than the same period last year").
     */
    public record SymbolCell(String value, String symbol, String text) {
    }
}
