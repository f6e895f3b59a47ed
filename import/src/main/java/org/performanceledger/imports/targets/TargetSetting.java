package org.performanceledger.imports.targets;

import org.performanceledger.command.YearFacts;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.ledger.YearState;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans one indicator's year's target from its rows: left alone when identical to the target in force, else set
 * (again), so an earlier target stays in the history. A year without an annual row gets the target TBC.
 */
final class TargetSetting {

    private final LedgerSnapshot ledger;

    TargetSetting(LedgerSnapshot ledger) {
        this.ledger = ledger;
    }

    void plan(TargetGroup group) {
        String code = group.code;
        String year = group.year;
        IndicatorDefinition definition = ledger.indicator(code).orElseThrow().definition();
        RowCells cells = group.placedOn();
        Target target = group.target != null ? group.target
                : new Target(TargetKind.TBC, null, null, null, "Annual target not stated in " + cells.file());
        List<PeriodTarget> profile = group.profile.stream().sorted(Comparator.comparing(entry ->
                Periods.lastDayOf(entry.period(), definition.yearBasis()))).toList();
        SetTarget command = new SetTarget(ledger.organisationId(), code, year, target, group.stretch,
                group.tolerance, profile, cells.reason("Imported from " + cells.file()),
                group.annual == null || group.annual.text(Column.AUTHORITY).isEmpty()
                        ? "As stated in " + cells.file() : group.annual.text(Column.AUTHORITY),
                group.effectiveFrom != null ? group.effectiveFrom
                        : Periods.firstPeriodOf(year, definition.frequency(), definition.yearBasis()));
        Map<String, Location> fields = fields(group, cells, profile);
        YearState state = ledger.year(code, year);
        YearFacts.TargetFacts wanted = new YearFacts.TargetFacts(target, group.stretch, group.tolerance, profile);
        String subject = code + " " + year + " target";
        String detail = words(target) + (profile.isEmpty() ? "" : ", profile of " + profile.size());
        if (state.target() != null && state.target().sameAs(wanted)) {
            cells.step(subject, Change.UNCHANGED, detail, null, fields);
            return;
        }
        cells.step(subject, state.target() == null ? Change.ADD : Change.CHANGE,
                state.target() == null ? detail : words(state.target().target()) + " → " + detail,
                command, fields);
        state.target(wanted);
    }

    /** The annual row's cells, and each profile entry's target and period on its own row. */
    private static Map<String, Location> fields(TargetGroup group, RowCells cells, List<PeriodTarget> profile) {
        Map<String, Location> fields = new HashMap<>(cells.fields(Map.of("code", Column.CODE, "year", Column.YEAR,
                "target", Column.TARGET, "stretchTarget", Column.STRETCH_TARGET, "tolerance", Column.TOLERANCE,
                "reason", Column.REASON, "authority", Column.AUTHORITY, "effectiveFrom", Column.EFFECTIVE_FROM,
                "profile", Column.TARGET)));
        for (int i = 0; i < profile.size(); i++) {
            RowCells entryRow = group.rowOf(profile.get(i));
            fields.put("profile[" + i + "]", entryRow.location(Column.TARGET));
            fields.put("profile[" + i + "].period", entryRow.location(Column.PERIOD));
        }
        return fields;
    }

    private static String words(org.performanceledger.events.Target target) {
        return target == null ? "none" : target.words();
    }
}
