package org.performanceledger.imports.values;

import org.performanceledger.command.YearFacts;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.Periods;
import org.performanceledger.imports.cells.Choices;
import org.performanceledger.imports.cells.Dates;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.PeriodNames;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.SheetRows;
import org.performanceledger.imports.cells.ValuesAndTargets;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.IndicatorState;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.ledger.YearState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rows of a values file: one per indicator and period, carrying its value, its commentary, its expected
 * outcome, or any of them; or, with an outturn kind, the year's outturn.
 */
public final class ValueRows implements SheetRows {

    private final LedgerSnapshot ledger;
    private final PeriodFacts facts;
    private final OutturnRows outturns;

    public ValueRows(LedgerSnapshot ledger) {
        this.ledger = ledger;
        this.facts = new PeriodFacts(ledger.organisationId());
        this.outturns = new OutturnRows(ledger);
    }

    @Override
    public void row(RowCells cells) {
        String code = cells.required(Column.CODE);
        Optional<IndicatorState> indicator = code == null ? Optional.empty() : ledger.knownIndicator(cells, code);
        if (indicator.isEmpty()) {
            return;
        }
        IndicatorDefinition definition = indicator.get().definition();
        OutturnKind outturn = cells.parse(Column.OUTTURN, Choices::outturn);
        if (outturn != null) {
            outturns.row(cells, code, outturn);
            return;
        }
        String period = cells.requiredParse(Column.PERIOD, text -> PeriodNames.period(text, definition.frequency()));
        String year = period == null ? null
                : Periods.yearOf(period, definition.frequency(), definition.yearBasis()).orElse(null);
        if (period != null && year == null) {
            cells.problem(Column.PERIOD, "'" + period + "' is not a " + definition.frequency().name()
                    .toLowerCase() + " period: " + code + " is reported " + definition.frequency().name()
                    .toLowerCase() + " by " + definition.yearBasis().name().toLowerCase() + " year");
        }
        String valueText = cells.text(Column.VALUE);
        String explanation = cells.optional(Column.COMMENTARY);
        String actions = cells.optional(Column.ACTIONS);
        String anticipated = cells.optional(Column.ANTICIPATED);
        ExpectedOutcome outcome = cells.parse(Column.EXPECTED_OUTCOME, Choices::expectedOutcome);
        boolean commentary = explanation != null || actions != null || anticipated != null;
        cells.require(!valueText.isEmpty() || commentary || outcome != null || cells.failed(), Column.VALUE,
                "A value is required (a number, TBC, N/A or Not yet available) unless the row only carries "
                        + "commentary or an expected outcome");
        cells.require(explanation != null || !commentary, Column.COMMENTARY,
                "Commentary needs its explanation of current performance; actions and anticipated "
                        + "performance go beside it");
        String reason = cells.optional(Column.REASON);
        String defaultReason = "As stated in " + cells.file();
        MeasuredValue value = valueText.isEmpty() ? null : cells.parse(Column.VALUE,
                text -> ValuesAndTargets.value(text, reason == null ? defaultReason : reason));
        BigDecimal numerator = cells.parse(Column.NUMERATOR, Numbers::number);
        BigDecimal denominator = cells.parse(Column.DENOMINATOR, Numbers::number);
        LocalDate sourceDate = cells.parse(Column.SOURCE_DATE, Dates::date);
        if (cells.failed()) {
            return;
        }
        YearState state = ledger.year(code, year);
        PeriodFacts.Period at = new PeriodFacts.Period(cells, code, year, period, state);
        if (value != null) {
            facts.value(at, value, numerator, denominator, sourceDate);
        }
        if (commentary) {
            facts.commentary(at, new YearFacts.Commentary(explanation, actions, anticipated));
        }
        if (outcome != null) {
            facts.outcome(at, outcome);
        }
    }
}
