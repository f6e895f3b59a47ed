package org.performanceledger.imports.indicators;

import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.FieldChange;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.imports.cells.Choices;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.PeriodNames;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.SheetRows;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.IndicatorState;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of an indicators file: each registers its indicator, or amends it when the ledger defines it otherwise,
 * and records its comparators. This is the one place an import builds {@link RegisterIndicator} and
 * {@link AmendIndicator}.
 */
public final class IndicatorRows implements SheetRows {

    private final LedgerSnapshot ledger;
    private final ComparatorRows comparators;

    public IndicatorRows(LedgerSnapshot ledger) {
        this.ledger = ledger;
        this.comparators = new ComparatorRows(ledger.organisationId());
    }

    @Override
    public void row(RowCells cells) {
        String code = cells.required(Column.CODE);
        String shortName = cells.required(Column.SHORT_NAME);
        var polarity = cells.parse(Column.POLARITY, Choices::polarity);
        var basis = cells.parse(Column.BASIS, Choices::basis);
        if (basis == null && shortName != null) {
            basis = Choices.basisInName(shortName).orElse(null);
        }
        Integer decimalPlaces = cells.parse(Column.DECIMAL_PLACES, Numbers::integer);
        var frequency = cells.parse(Column.FREQUENCY, Choices::frequency);
        var yearBasis = cells.parse(Column.YEAR_BASIS, Choices::yearBasis);
        String yearIntroduced = cells.parse(Column.YEAR_INTRODUCED, PeriodNames::yearIntroduced);
        Map<ComparatorKind, BigDecimal> comparatorValues = comparators.read(cells);
        if (cells.failed()) {
            if (code != null) {
                ledger.refused(code, cells.line());
            }
            return;
        }
        RegisterIndicator register = new RegisterIndicator(ledger.organisationId(), code, new IndicatorDefinition(
                shortName, cells.optional(Column.DESCRIPTION), polarity, basis, cells.optional(Column.UNIT),
                decimalPlaces, frequency, yearBasis, cells.optional(Column.RESPONSIBLE_UNIT),
                cells.optional(Column.MANAGED_BY), cells.optional(Column.SCRUTINY_COMMITTEE),
                cells.optional(Column.CORPORATE_AIM), yearIntroduced, cells.optional(Column.EXTERNAL_REFERENCE)));
        IndicatorState state = registerOrAmend(cells, code, shortName, register);
        comparators.plan(cells, code, state, comparatorValues);
    }

    private IndicatorState registerOrAmend(RowCells cells, String code, String shortName,
                                           RegisterIndicator register) {
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "shortName", Column.SHORT_NAME,
                "description", Column.DESCRIPTION, "polarity", Column.POLARITY, "unit", Column.UNIT,
                "decimalPlaces", Column.DECIMAL_PLACES, "yearIntroduced", Column.YEAR_INTRODUCED,
                "responsibleUnit", Column.RESPONSIBLE_UNIT, "managedBy", Column.MANAGED_BY,
                "scrutinyCommittee", Column.SCRUTINY_COMMITTEE));
        String subject = code + " indicator";
        var held = ledger.indicator(code);
        if (held.isEmpty()) {
            cells.step(subject, Change.ADD, shortName, register, fields);
            return ledger.registered(code, register.definition().withDefaults());
        }
        IndicatorState state = held.get();
        AmendIndicator amend = register.asAmendment(cells.reason("Imported from " + cells.file()));
        IndicatorDefinition amended = amend.applyTo(state.definition());
        if (amended.equals(state.definition())) {
            cells.step(subject, Change.UNCHANGED, shortName, null, fields);
        } else {
            cells.step(subject, Change.CHANGE, "changes " + state.definition().changesTo(amended).stream()
                    .map(FieldChange::words).collect(Collectors.joining("; ")), amend, fields);
            state.amended(amended);
        }
        return state;
    }
}
