package org.performanceledger.imports.targets;

import org.performanceledger.command.YearFacts;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.LedgerSnapshot;
import org.performanceledger.imports.ledger.YearState;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
                state.target() == null ? detail : changes(state.target(), wanted), command, fields);
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

    /**
     * What a new setting changes, part by part ("stretch target: none → 98%; profile: 12 periods → none"): a target
     * whose annual figure stays the same must not read as "97.50% → 97.50%", a change that changes nothing.
     */
    static String changes(YearFacts.TargetFacts held, YearFacts.TargetFacts wanted) {
        List<String> parts = new ArrayList<>();
        if (!Target.same(held.target(), wanted.target())) {
            parts.add("target: " + words(held.target()) + " → " + words(wanted.target()));
        }
        if (!Target.same(held.stretchTarget(), wanted.stretchTarget())) {
            parts.add("stretch target: " + words(held.stretchTarget()) + " → " + words(wanted.stretchTarget()));
        }
        if (!Tolerance.same(held.tolerance(), wanted.tolerance())) {
            parts.add("tolerance: " + (held.tolerance() == null ? "none" : held.tolerance().words()) + " → "
                    + (wanted.tolerance() == null ? "none" : wanted.tolerance().words()));
        }
        if (!PeriodTarget.same(held.profile(), wanted.profile())) {
            parts.add("profile: " + profileChange(held.profile(), wanted.profile()));
        }
        return String.join("; ", parts);
    }

    private static String profileChange(List<PeriodTarget> held, List<PeriodTarget> wanted) {
        if (held != null && wanted != null && held.size() == wanted.size()) {
            long differing = IntStream.range(0, held.size())
                    .filter(i -> !held.get(i).sameAs(wanted.get(i))).count();
            return differing + " of its " + periods(held) + " changed";
        }
        return periods(held) + " → " + periods(wanted);
    }

    private static String periods(List<PeriodTarget> profile) {
        int count = profile == null ? 0 : profile.size();
        return count == 0 ? "none" : count + (count == 1 ? " period" : " periods");
    }

    private static String words(org.performanceledger.events.Target target) {
        return target == null ? "none" : target.words();
    }
}
