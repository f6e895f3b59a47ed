package org.performanceledger.imports.indicators;

import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.FieldChange;
import org.performanceledger.events.IndicatorDefinition;
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
        IndicatorDefinition definition = DefinitionCells.read(cells);
        Map<ComparatorKind, BigDecimal> comparatorValues = comparators.read(cells);
        if (cells.failed()) {
            if (code != null) {
                ledger.refused(code, cells.line());
            }
            return;
        }
        RegisterIndicator register = new RegisterIndicator(ledger.organisationId(), code, definition);
        IndicatorState state = registerOrAmend(cells, code, definition.shortName(), register);
        comparators.plan(cells, code, state, comparatorValues);
    }

    private IndicatorState registerOrAmend(RowCells cells, String code, String shortName,
                                           RegisterIndicator register) {
        Map<String, Location> fields = DefinitionCells.locations(cells);
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
