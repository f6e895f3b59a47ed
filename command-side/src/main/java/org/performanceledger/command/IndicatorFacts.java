package org.performanceledger.command;

import org.performanceledger.events.Comparator;
import org.performanceledger.events.IndicatorDefinition;

import java.util.List;

/**
 * @param definition  the indicator's current definition
 * @param active      false once it was retired or re-coded
 * @param comparators the comparators recorded for it, oldest first
 */
public record IndicatorFacts(String organisationId, String code, IndicatorDefinition definition, boolean active,
                             List<Comparator> comparators) {

    public IndicatorFacts(String organisationId, String code, IndicatorDefinition definition, boolean active) {
        this(organisationId, code, definition, active, List.of());
    }
}
