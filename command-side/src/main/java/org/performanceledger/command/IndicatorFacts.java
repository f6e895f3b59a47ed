package org.performanceledger.command;

import org.performanceledger.events.IndicatorDefinition;

/**
 * @param definition the indicator's current definition
 * @param active     false once it was retired or re-coded
 */
public record IndicatorFacts(String organisationId, String code, IndicatorDefinition definition, boolean active) {
}
