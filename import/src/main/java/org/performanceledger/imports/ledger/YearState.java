package org.performanceledger.imports.ledger;

import org.performanceledger.command.YearFacts;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;

import java.util.HashMap;
import java.util.Map;

/**
 * An indicator's year as the ledger holds it, with what this import's earlier rows did to it: the planners read and
 * update it as they plan each row, so a fact imported twice is recorded once and then changed.
 */
public final class YearState {

    private YearFacts.TargetFacts target;
    private final Map<String, MeasuredValue> values = new HashMap<>();
    private final Map<String, YearFacts.Commentary> commentary = new HashMap<>();
    private final Map<String, ExpectedOutcome> outcomes = new HashMap<>();
    private YearFacts.Outturn outturn;

    YearState() {
    }

    YearState(YearFacts facts) {
        target = facts.target();
        values.putAll(facts.values());
        commentary.putAll(facts.commentary());
        outcomes.putAll(facts.outcomes());
        outturn = facts.outturn();
    }

    /** The target in force; null when none was set. */
    public YearFacts.TargetFacts target() {
        return target;
    }

    public void target(YearFacts.TargetFacts target) {
        this.target = target;
    }

    /** The value in force for the period; null when none. */
    public MeasuredValue value(String period) {
        return values.get(period);
    }

    public void value(String period, MeasuredValue value) {
        values.put(period, value);
    }

    /** The latest commentary draft for the period; null when none. */
    public YearFacts.Commentary commentary(String period) {
        return commentary.get(period);
    }

    public void commentary(String period, YearFacts.Commentary draft) {
        commentary.put(period, draft);
    }

    /** The expected outcome declared for the period; null when none. */
    public ExpectedOutcome outcome(String period) {
        return outcomes.get(period);
    }

    public void outcome(String period, ExpectedOutcome outcome) {
        outcomes.put(period, outcome);
    }

    /** The latest outturn; null when none. */
    public YearFacts.Outturn outturn() {
        return outturn;
    }

    public void outturn(YearFacts.Outturn outturn) {
        this.outturn = outturn;
    }
}
