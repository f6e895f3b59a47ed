package org.performanceledger.imports.ledger;

import org.performanceledger.events.Comparator;
import org.performanceledger.events.IndicatorDefinition;

import java.util.ArrayList;
import java.util.List;

/** An indicator as the ledger holds it, with what this import's earlier rows did to it. */
public final class IndicatorState {

    private IndicatorDefinition definition;
    private final List<Comparator> comparators;

    IndicatorState(IndicatorDefinition definition, List<Comparator> comparators) {
        this.definition = definition;
        this.comparators = new ArrayList<>(comparators);
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    /** An earlier row of this import amended it. */
    public void amended(IndicatorDefinition amended) {
        this.definition = amended;
    }

    /** The comparators recorded, oldest first, with those this import records. */
    public List<Comparator> comparators() {
        return List.copyOf(comparators);
    }

    public void comparatorRecorded(Comparator comparator) {
        comparators.add(comparator);
    }
}
