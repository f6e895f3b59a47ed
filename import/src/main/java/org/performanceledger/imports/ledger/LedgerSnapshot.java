package org.performanceledger.imports.ledger;

import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.files.Column;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger holds of one organisation, as far as an import asks, with what the import's own earlier rows
 * record: each indicator and indicator year is looked up through the {@link LedgerDirectory} once, then kept here
 * and updated as rows are planned.
 */
public final class LedgerSnapshot {

    private final String organisationId;
    private final LedgerDirectory directory;
    private final Map<String, Optional<IndicatorState>> indicators = new HashMap<>();
    private final Map<String, YearState> years = new HashMap<>();
    private final Map<String, Integer> refusedIndicators = new HashMap<>();

    public LedgerSnapshot(String organisationId, LedgerDirectory directory) {
        this.organisationId = organisationId;
        this.directory = directory;
    }

    public String organisationId() {
        return organisationId;
    }

    /** The indicator as the ledger holds it, or as an earlier row registered it; empty when neither. */
    public Optional<IndicatorState> indicator(String code) {
        return indicators.computeIfAbsent(code, key -> directory.indicator(organisationId, key)
                .map(LedgerSnapshot::state));
    }

    /** An earlier row of this import registers the indicator. */
    public IndicatorState registered(String code, IndicatorDefinition definition) {
        IndicatorState state = new IndicatorState(definition, List.of());
        indicators.put(code, Optional.of(state));
        return state;
    }

    /** The indicator's row in this import was refused: rows for it say so rather than "not registered". */
    public void refused(String code, int line) {
        refusedIndicators.putIfAbsent(code, line);
    }

    /**
     * The indicator a target or value row is for; when there is none the row's code cell is refused, saying
     * whether its own row was refused or it is not registered at all.
     */
    public Optional<IndicatorState> knownIndicator(RowCells cells, String code) {
        Optional<IndicatorState> state = indicator(code);
        if (state.isEmpty() && refusedIndicators.containsKey(code)) {
            cells.problem(Column.CODE, "Indicator '" + code + "' is in this import, but its own row (line "
                    + refusedIndicators.get(code) + " of the indicators) was refused: correct that row first");
        } else if (state.isEmpty()) {
            cells.problem(Column.CODE, "No indicator '" + code + "' is registered in organisation '"
                    + organisationId + "' or in this import's indicators");
        }
        return state;
    }

    /** The indicator's year as the ledger holds it, with what this import's earlier rows recorded in it. */
    public YearState year(String code, String year) {
        return years.computeIfAbsent(code + "\u0000" + year, key -> directory.indicatorYear(organisationId, code,
                year).map(YearState::new).orElseGet(YearState::new));
    }

    private static IndicatorState state(IndicatorFacts facts) {
        return new IndicatorState(facts.definition(), facts.comparators());
    }
}
