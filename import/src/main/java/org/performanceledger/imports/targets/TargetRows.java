package org.performanceledger.imports.targets;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.PeriodNames;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.SheetRows;
import org.performanceledger.imports.cells.ValuesAndTargets;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.IndicatorState;
import org.performanceledger.imports.ledger.LedgerSnapshot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a targets file: one row per indicator and year for the annual target, plus a row per period for a
 * profile. The rows of one indicator and year become one target, planned at the end of the sheet; when any of
 * them is refused, none is planned.
 */
public final class TargetRows implements SheetRows {

    private final LedgerSnapshot ledger;
    private final TargetSetting setting;
    private final Map<String, TargetGroup> groups = new LinkedHashMap<>();

    public TargetRows(LedgerSnapshot ledger) {
        this.ledger = ledger;
        this.setting = new TargetSetting(ledger);
    }

    @Override
    public void row(RowCells cells) {
        String code = cells.required(Column.CODE);
        String year = cells.requiredParse(Column.YEAR, PeriodNames::year);
        Optional<IndicatorState> indicator = code == null ? Optional.empty() : ledger.knownIndicator(cells, code);
        if (code == null || year == null || indicator.isEmpty()) {
            return;
        }
        TargetGroup group = groups.computeIfAbsent(code + "\u0000" + year, key -> new TargetGroup(code, year, cells));
        IndicatorDefinition definition = indicator.get().definition();
        if (cells.text(Column.PERIOD).isEmpty()) {
            annual(cells, group, definition);
        } else {
            period(cells, group, definition);
        }
        group.failed |= cells.failed();
    }

    @Override
    public void endOfSheet() {
        groups.values().stream().filter(group -> !group.failed).forEach(setting::plan);
    }

    private static void annual(RowCells cells, TargetGroup group, IndicatorDefinition definition) {
        if (group.annual != null) {
            cells.problem(Column.PERIOD, "A second annual row for " + group.code + " " + group.year + " (the first "
                    + "is line " + group.annual.line() + "): give each period its own row");
            return;
        }
        group.annual = cells;
        group.target = cells.requiredParse(Column.TARGET, ValuesAndTargets::target);
        group.stretch = cells.parse(Column.STRETCH_TARGET, ValuesAndTargets::target);
        group.tolerance = cells.parse(Column.TOLERANCE, Numbers::tolerance);
        group.effectiveFrom = cells.parse(Column.EFFECTIVE_FROM,
                text -> PeriodNames.period(text, definition.frequency()));
    }

    private static void period(RowCells cells, TargetGroup group, IndicatorDefinition definition) {
        String period = cells.parse(Column.PERIOD, text -> PeriodNames.period(text, definition.frequency()));
        Optional<RowCells> earlier = period == null ? Optional.empty() : group.rowOf(period);
        if (earlier.isPresent()) {
            cells.problem(Column.PERIOD, "A second row for " + group.code + " " + period + " in " + group.year
                    + " (the first is line " + earlier.get().line() + "): a period has one target");
        }
        PeriodTarget entry = period == null || earlier.isPresent() ? null : ProfileEntries.read(cells, period);
        if (entry != null) {
            group.addToProfile(entry, cells);
        }
    }
}
