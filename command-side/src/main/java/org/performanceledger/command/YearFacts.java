package org.performanceledger.command;

import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;

import java.util.List;
import java.util.Map;

/**
 * What one indicator's year holds now: what an import compares its rows with to tell added from changed from
 * unchanged.
 *
 * @param target     the target in force, or null when none was set
 * @param values     the value in force per period (withdrawn periods are absent)
 * @param commentary the latest commentary draft per period
 * @param outcomes   the expected outcome declared per period
 * @param outturn    the latest outturn, or null
 */
public record YearFacts(String organisationId, String code, String year, TargetFacts target,
                        Map<String, MeasuredValue> values, Map<String, Commentary> commentary,
                        Map<String, ExpectedOutcome> outcomes, Outturn outturn) {

    /** A target as set: the annual target, its stretch, tolerance and profile. */
    public record TargetFacts(Target target, Target stretchTarget, Tolerance tolerance, List<PeriodTarget> profile) {

        /** True when both set the same targets, whatever the scale of their numbers (97.5 is 97.50). */
        public boolean sameAs(TargetFacts other) {
            return other != null && Target.same(target, other.target)
                    && Target.same(stretchTarget, other.stretchTarget) && Tolerance.same(tolerance, other.tolerance)
                    && PeriodTarget.same(profile, other.profile);
        }
    }

    /** A commentary draft's three parts. */
    public record Commentary(String explanation, String actions, String anticipated) {

        /** True when both say the same, whatever spaces surround their parts and whether a blank part is null. */
        public boolean sameAs(Commentary other) {
            return other != null && same(explanation, other.explanation) && same(actions, other.actions)
                    && same(anticipated, other.anticipated);
        }

        private static boolean same(String a, String b) {
            return java.util.Objects.equals(a == null || a.isBlank() ? null : a.strip(),
                    b == null || b.isBlank() ? null : b.strip());
        }
    }

    /** An outturn and which kind it is. */
    public record Outturn(OutturnKind kind, MeasuredValue value) {
    }
}
