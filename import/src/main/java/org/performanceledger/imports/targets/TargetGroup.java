package org.performanceledger.imports.targets;

import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.performanceledger.imports.cells.RowCells;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of one indicator's year in one sheet: an annual row and the rows of its profile. */
final class TargetGroup {

    final String code;
    final String year;
    /** The first of the group's rows: where a target without an annual row is placed. */
    final RowCells first;
    RowCells annual;
    Target target;
    Target stretch;
    Tolerance tolerance;
    String effectiveFrom;
    final List<PeriodTarget> profile = new ArrayList<>();
    final List<RowCells> profileRows = new ArrayList<>();
    boolean failed;

    TargetGroup(String code, String year, RowCells first) {
        this.code = code;
        this.year = year;
        this.first = first;
    }

    /** The row that gave the period its target already, if any. */
    Optional<RowCells> rowOf(String period) {
        for (int i = 0; i < profile.size(); i++) {
            if (profile.get(i).period().equals(period)) {
                return Optional.of(profileRows.get(i));
            }
        }
        return Optional.empty();
    }

    void addToProfile(PeriodTarget entry, RowCells row) {
        profile.add(entry);
        profileRows.add(row);
    }

    /** The row that gave this entry of the profile. */
    RowCells rowOf(PeriodTarget entry) {
        return profileRows.get(profile.indexOf(entry));
    }

    /** The row the target as a whole is placed on: the annual row, else the group's first. */
    RowCells placedOn() {
        return annual != null ? annual : first;
    }
}
