package org.performanceledger.imports.values;

import org.performanceledger.command.YearFacts;
import org.performanceledger.command.year.RecordOutturn;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.imports.cells.CellException;
import org.performanceledger.imports.cells.PeriodNames;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.ValuesAndTargets;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.ledger.YearState;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.util.Map;

/** A values row with an outturn kind: the year's outturn, its period the year. */
final class OutturnRows {

    private final LedgerSnapshot ledger;

    OutturnRows(LedgerSnapshot ledger) {
        this.ledger = ledger;
    }

    void row(RowCells cells, String code, OutturnKind kind) {
        String year = cells.requiredParse(Column.PERIOD, text -> {
            try {
                return PeriodNames.year(text);
            } catch (CellException e) {
                throw new CellException("An outturn's period is its year, such as 2012-13 or 2012/13: "
                        + e.getMessage());
            }
        });
        String reason = cells.optional(Column.REASON);
        MeasuredValue value = cells.requiredParse(Column.VALUE, text -> ValuesAndTargets.value(text,
                reason == null ? "As stated in " + cells.file() : reason));
        if (cells.failed()) {
            return;
        }
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "year", Column.PERIOD,
                "value", Column.VALUE, "kind", Column.OUTTURN, "reason", Column.REASON));
        YearState state = ledger.year(code, year);
        String subject = code + " " + year + " " + kind.name().toLowerCase() + " outturn";
        YearFacts.Outturn current = state.outturn();
        if (current != null && current.kind() == kind && current.value().sameAs(value)) {
            cells.step(subject, Change.UNCHANGED, value.words(), null, fields);
            return;
        }
        cells.step(subject, current == null ? Change.ADD : Change.CHANGE, value.words(),
                new RecordOutturn(ledger.organisationId(), code, year, kind, value,
                        reason == null ? "Imported from " + cells.file() : reason), fields);
        state.outturn(new YearFacts.Outturn(kind, value));
    }
}
