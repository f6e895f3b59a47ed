package org.performanceledger.imports.plan;

import org.performanceledger.command.YearFacts;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Whether what a file says is what the ledger holds already: numbers compare by value, 97.5 is 97.50. */
public final class Same {

    private Same() {
    }

    public static boolean target(YearFacts.TargetFacts held, YearFacts.TargetFacts given) {
        return target(held.target(), given.target()) && target(held.stretchTarget(), given.stretchTarget())
                && tolerance(held.tolerance(), given.tolerance()) && profile(held.profile(), given.profile());
    }

    public static boolean commentary(YearFacts.Commentary held, YearFacts.Commentary given) {
        return text(held.explanation(), given.explanation()) && text(held.actions(), given.actions())
                && text(held.anticipated(), given.anticipated());
    }

    private static boolean target(Target held, Target given) {
        if (held == null || given == null) {
            return held == given;
        }
        return held.kind() == given.kind() && number(held.number(), given.number())
                && number(held.lower(), given.lower()) && number(held.upper(), given.upper())
                && text(held.text(), given.text());
    }

    private static boolean tolerance(Tolerance held, Tolerance given) {
        if (held == null || given == null) {
            return held == given;
        }
        return held.kind() == given.kind() && number(held.amount(), given.amount());
    }

    private static boolean profile(List<PeriodTarget> held, List<PeriodTarget> given) {
        List<PeriodTarget> a = held == null ? List.of() : held;
        List<PeriodTarget> b = given == null ? List.of() : given;
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).period().equals(b.get(i).period()) || !number(a.get(i).target(), b.get(i).target())
                    || !number(a.get(i).lower(), b.get(i).lower()) || !number(a.get(i).upper(), b.get(i).upper())) {
                return false;
            }
        }
        return true;
    }

    private static boolean number(BigDecimal held, BigDecimal given) {
        return held == null || given == null ? held == given : held.compareTo(given) == 0;
    }

    private static boolean text(String held, String given) {
        return Objects.equals(held == null || held.isBlank() ? null : held.strip(),
                given == null || given.isBlank() ? null : given.strip());
    }
}
