package org.performanceledger.query.status;

import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The status and direction rules of the ledger's reports (docs/status-rules.md has them as a table).
 * <table>
 *     <tr><th>polarity</th><th>GREEN</th><th>AMBER</th><th>RED</th></tr>
 *     <tr><td>MAXIMISE</td><td>value &ge; target</td><td>target - tolerance &le; value &lt; target</td>
 *         <td>below that</td></tr>
 *     <tr><td>MINIMISE</td><td>value &le; target</td><td>target &lt; value &le; target + tolerance</td>
 *         <td>above that</td></tr>
 *     <tr><td>RANGE</td><td>lower &le; value &le; upper</td><td>outside by at most the tolerance</td>
 *         <td>further out</td></tr>
 *     <tr><td>RANGE, a single-number target</td><td>at most the tolerance from it</td>
 *         <td>at most twice the tolerance from it</td><td>further from it (any distance, with no tolerance)</td></tr>
 * </table>
 * {@link #rated} then applies the organisation's {@link StatusScheme} and the floor standard.
 * Activity indicators are WITHIN_RANGE, ABOVE_RANGE or BELOW_RANGE of the period's expected values. No target, a
 * TBC or text target, or a value that is not a number: NO_STATUS. A relative tolerance is that percentage of the
 * target (of the nearer bound, for a range); no tolerance means nothing is amber. Boundaries belong to the better
 * status.
 */
public final class StatusRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatusRules() {
    }

    /**
     * The target a period is judged against: the profile's entry for the period when there is one (for a
     * cumulative basis, the profiled running total), else the annual target.
     */
    public static Target periodTarget(Target annual, List<PeriodTarget> profile, String period) {
        Optional<PeriodTarget> entry = profileEntry(profile, period);
        if (entry.isPresent() && entry.get().target() != null) {
            return new Target(TargetKind.NUMBER, entry.get().target(), null, null, null);
        }
        if (entry.isPresent() && entry.get().lower() == null && entry.get().upper() == null) {
            return null; // the profile says this period has no target of its own (a report's "-")
        }
        return annual;
    }

    public static Status status(Polarity polarity, MeasuredValue value, Target target, Tolerance tolerance,
                                List<PeriodTarget> profile, String period) {
        if (value == null || value.state() != ValueState.NUMBER || value.number() == null) {
            return Status.NO_STATUS;
        }
        BigDecimal v = value.number();
        if (polarity == Polarity.ACTIVITY) {
            return profileEntry(profile, period).filter(entry -> entry.lower() != null && entry.upper() != null)
                    .map(range -> v.compareTo(range.lower()) < 0 ? Status.BELOW_RANGE
                            : v.compareTo(range.upper()) > 0 ? Status.ABOVE_RANGE : Status.WITHIN_RANGE)
                    .orElse(Status.NO_STATUS);
        }
        Target judged = periodTarget(target, profile, period);
        if (judged == null || judged.kind() == null) {
            return Status.NO_STATUS;
        }
        return switch (judged.kind()) {
            case TBC, TEXT -> Status.NO_STATUS;
            case NUMBER -> polarity == Polarity.RANGE ? distanceFrom(v, judged.number(), tolerance)
                    : polarity == Polarity.MINIMISE
                    ? beyond(v.subtract(judged.number()), allowance(tolerance, judged.number()))
                    : beyond(judged.number().subtract(v), allowance(tolerance, judged.number()));
            case RANGE -> v.compareTo(judged.lower()) < 0
                    ? beyond(judged.lower().subtract(v), allowance(tolerance, judged.lower()))
                    : beyond(v.subtract(judged.upper()), allowance(tolerance, judged.upper()));
        };
    }

    /**
     * The status a report shows in the organisation's scheme:
     * <ol>
     *     <li>the three-state judgement of {@link #status};</li>
     *     <li>the scheme: with a TBC state, a value or a period target to be confirmed is TBC; in the five-state
     *     scheme, amber within tolerance is YELLOW, and red that is better than before ({@code trend}) is AMBER;</li>
     *     <li>the floor standard: a value worse than it (below it to maximise, above it to minimise) is RED, whatever
     *     the target and tolerance say.</li>
     * </ol>
     * Activity indicators keep their place against the expected range in every scheme.
     *
     * @param floorStandard the indicator's floor standard, in its unit; null when it has none
     * @param trend         the direction of travel that tells an improving red (five-state amber) from a red
     */
    public static Status rated(StatusScheme scheme, Polarity polarity, MeasuredValue value, Target target,
                               Tolerance tolerance, List<PeriodTarget> profile, String period,
                               BigDecimal floorStandard, DirectionOfTravel trend) {
        Status judged = status(polarity, value, target, tolerance, profile, period);
        if (polarity == Polarity.ACTIVITY) {
            return judged;
        }
        StatusScheme in = scheme == null ? StatusScheme.THREE_STATE : scheme;
        if (in != StatusScheme.THREE_STATE && judged == Status.NO_STATUS && toBeConfirmed(value,
                periodTarget(target, profile, period))) {
            return Status.TBC;
        }
        if (in == StatusScheme.FIVE_STATE) {
            if (judged == Status.AMBER) {
                judged = Status.YELLOW;
            } else if (judged == Status.RED && trend == DirectionOfTravel.BETTER) {
                judged = Status.AMBER;
            }
        }
        return belowFloor(polarity, value, floorStandard) ? Status.RED : judged;
    }

    /** True when the value is worse than the floor standard: below it to maximise, above it to minimise. */
    public static boolean belowFloor(Polarity polarity, MeasuredValue value, BigDecimal floorStandard) {
        if (floorStandard == null || !isNumber(value)) {
            return false;
        }
        return switch (polarity) {
            case MAXIMISE -> value.number().compareTo(floorStandard) < 0;
            case MINIMISE -> value.number().compareTo(floorStandard) > 0;
            case RANGE, ACTIVITY -> false;
        };
    }

    /**
     * Better, same or worse than an earlier value: higher is better to maximise, lower to minimise, and for a range
     * closer to it (inside counts as distance zero).
     */
    public static DirectionOfTravel direction(Polarity polarity, MeasuredValue now, MeasuredValue earlier,
                                              Target target) {
        if (polarity == Polarity.ACTIVITY) {
            return DirectionOfTravel.NOT_APPLICABLE;
        }
        if (!isNumber(now) || !isNumber(earlier)) {
            return DirectionOfTravel.NO_COMPARISON;
        }
        int change = switch (polarity) {
            case MAXIMISE -> now.number().compareTo(earlier.number());
            case MINIMISE -> earlier.number().compareTo(now.number());
            case RANGE -> {
                if (target == null || target.kind() != TargetKind.RANGE && target.kind() != TargetKind.NUMBER) {
                    yield Integer.MIN_VALUE;
                }
                yield distance(earlier.number(), target).compareTo(distance(now.number(), target));
            }
            case ACTIVITY -> throw new IllegalStateException("handled above");
        };
        if (change == Integer.MIN_VALUE) {
            return DirectionOfTravel.NO_COMPARISON;
        }
        return change > 0 ? DirectionOfTravel.BETTER : change < 0 ? DirectionOfTravel.WORSE : DirectionOfTravel.SAME;
    }

    /**
     * How far a value falls short (positive) of where it should be, against the amber allowance; with no
     * allowance (no tolerance) any shortfall is red.
     */
    private static Status beyond(BigDecimal shortfall, Optional<BigDecimal> allowance) {
        if (shortfall.signum() <= 0) {
            return Status.GREEN;
        }
        return allowance.filter(amber -> shortfall.compareTo(amber) <= 0).isPresent() ? Status.AMBER : Status.RED;
    }

    private static Optional<BigDecimal> allowance(Tolerance tolerance, BigDecimal reference) {
        if (tolerance == null || tolerance.amount() == null) {
            return Optional.empty();
        }
        return Optional.of(tolerance.kind() == ToleranceKind.RELATIVE_PERCENT
                ? reference.abs().multiply(tolerance.amount()).divide(HUNDRED, MathContext.DECIMAL64)
                : tolerance.amount());
    }

    /**
     * A range indicator whose year has a single-number target: judged by its distance from the number, never as
     * maximise. Within the tolerance green, within twice the tolerance amber, further red; with no tolerance only
     * the number itself is green.
     */
    private static Status distanceFrom(BigDecimal value, BigDecimal number, Tolerance tolerance) {
        BigDecimal distance = value.subtract(number).abs();
        Optional<BigDecimal> allowance = allowance(tolerance, number);
        if (distance.signum() == 0 || allowance.filter(green -> distance.compareTo(green) <= 0).isPresent()) {
            return Status.GREEN;
        }
        return beyond(distance.subtract(allowance.orElse(BigDecimal.ZERO)), allowance);
    }

    private static boolean toBeConfirmed(MeasuredValue value, Target target) {
        return value != null && value.state() == ValueState.TBC || target != null && target.kind() == TargetKind.TBC;
    }

    private static BigDecimal distance(BigDecimal value, Target range) {
        if (range.kind() == TargetKind.NUMBER) {
            return value.subtract(range.number()).abs();
        }
        if (value.compareTo(range.lower()) < 0) {
            return range.lower().subtract(value);
        }
        return value.compareTo(range.upper()) > 0 ? value.subtract(range.upper()) : BigDecimal.ZERO;
    }

    private static boolean isNumber(MeasuredValue value) {
        return value != null && value.state() == ValueState.NUMBER && value.number() != null;
    }

    private static Optional<PeriodTarget> profileEntry(List<PeriodTarget> profile, String period) {
        // A loop, not a stream: asked for every month a report judges, most often of an empty profile.
        if (profile != null) {
            for (PeriodTarget entry : profile) {
                if (entry.period().equals(period)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }
}
