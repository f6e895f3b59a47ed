package org.performanceledger.imports.values;

import org.performanceledger.command.YearFacts;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.YearState;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Plans what a values row says of its period, each compared with what the year holds: the value (recorded, left
 * alone, or corrected), the commentary (drafted when it differs from the latest draft) and the expected outcome
 * (declared when it differs).
 */
final class PeriodFacts {

    /** The row, and the indicator, year and period it speaks of. */
    record Period(RowCells cells, String code, String year, String period, YearState state) {
    }

    private final String organisationId;

    PeriodFacts(String organisationId) {
        this.organisationId = organisationId;
    }

    void value(Period at, MeasuredValue value, BigDecimal numerator, BigDecimal denominator, LocalDate sourceDate) {
        RowCells cells = at.cells();
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "value", Column.VALUE, "numerator", Column.NUMERATOR, "denominator", Column.DENOMINATOR,
                "reason", Column.REASON, "sourceDate", Column.SOURCE_DATE, "year", Column.PERIOD));
        String subject = at.code() + " " + at.period() + " value";
        MeasuredValue current = at.state().value(at.period());
        if (current == null) {
            cells.step(subject, Change.ADD, value.words(), new RecordValue(organisationId, at.code(),
                    at.period(), value, numerator, denominator, sourceDate), fields);
        } else if (current.sameAs(value)) {
            cells.step(subject, Change.UNCHANGED, value.words(), null, fields);
        } else {
            cells.step(subject, Change.CHANGE, current.words() + " → " + value.words(),
                    new CorrectValue(organisationId, at.code(), at.period(), value, numerator,
                            denominator, cells.reason("Imported from " + cells.file()), sourceDate), fields);
        }
        at.state().value(at.period(), value);
    }

    void commentary(Period at, YearFacts.Commentary commentary) {
        RowCells cells = at.cells();
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "explanation", Column.COMMENTARY, "actions", Column.ACTIONS, "anticipated", Column.ANTICIPATED));
        String subject = at.code() + " " + at.period() + " commentary";
        YearFacts.Commentary current = at.state().commentary(at.period());
        String explanation = commentary.explanation();
        String detail = explanation.length() <= 60 ? explanation : explanation.substring(0, 57) + "...";
        if (current != null && current.sameAs(commentary)) {
            cells.step(subject, Change.UNCHANGED, detail, null, fields);
            return;
        }
        cells.step(subject, current == null ? Change.ADD : Change.CHANGE, detail,
                new DraftCommentary(organisationId, at.code(), at.period(), commentary.explanation(),
                        commentary.actions(), commentary.anticipated()), fields);
        at.state().commentary(at.period(), commentary);
    }

    void outcome(Period at, ExpectedOutcome outcome) {
        RowCells cells = at.cells();
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "outcome", Column.EXPECTED_OUTCOME));
        String subject = at.code() + " " + at.period() + " expected outcome";
        ExpectedOutcome current = at.state().outcome(at.period());
        if (current == outcome) {
            cells.step(subject, Change.UNCHANGED, outcome.words(), null, fields);
            return;
        }
        cells.step(subject, current == null ? Change.ADD : Change.CHANGE,
                current == null ? outcome.words() : current.words() + " → " + outcome.words(),
                new DeclareExpectedOutcome(organisationId, at.code(), at.period(), outcome), fields);
        at.state().outcome(at.period(), outcome);
    }
}
