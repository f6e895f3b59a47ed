package org.performanceledger.imports.targets;

import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.ValuesAndTargets;
import org.performanceledger.imports.files.Column;

import java.math.BigDecimal;

/** A period row of a target's profile: its target, a range, {@code -} for none, or an activity's expected range. */
final class ProfileEntries {

    private ProfileEntries() {
    }

    /** The period's entry; null when the row is refused (the refusal recorded). */
    static PeriodTarget read(RowCells cells, String period) {
        String text = cells.text(Column.TARGET);
        if (text.equals("-") || text.equals("–")) {
            return new PeriodTarget(period, null, null, null);
        }
        if (text.isEmpty()) {
            BigDecimal lower = cells.parse(Column.LOWER, Numbers::number);
            BigDecimal upper = cells.parse(Column.UPPER, Numbers::number);
            if (lower == null || upper == null) {
                cells.require(cells.failed(), Column.TARGET, "A period row needs its target, '-' for none, or a "
                        + "lower and an upper expected value");
                return null;
            }
            return new PeriodTarget(period, null, lower, upper);
        }
        Target target = cells.parse(Column.TARGET, ValuesAndTargets::target);
        if (target == null) {
            return null;
        }
        return switch (target.kind()) {
            case NUMBER -> new PeriodTarget(period, target.number(), null, null);
            case RANGE -> new PeriodTarget(period, null, target.lower(), target.upper());
            case TBC, TEXT -> {
                cells.problem(Column.TARGET, "A period's target is a number, a range or '-' for none; '" + text
                        + "' belongs on the year's annual row (period left blank)");
                yield null;
            }
        };
    }
}
