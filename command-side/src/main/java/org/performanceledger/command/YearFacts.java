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
    }

    /** A commentary draft's three parts. */
    public record Commentary(String explanation, String actions, String anticipated) {
    }

    /** An outturn and which kind it is. */
    public record Outturn(OutturnKind kind, MeasuredValue value) {
    }
}
