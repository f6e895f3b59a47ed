package org.performanceledger.imports.indicators;

import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.cells.Words;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.ledger.IndicatorState;
import org.performanceledger.imports.plan.ImportStep.Change;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The comparators on an indicator's row (statistical neighbour, England average, floor standard, benchmark), with
 * the period and source they share: each recorded unless the same kind, value and period is recorded already.
 */
final class ComparatorRows {

    private static final Map<Column, ComparatorKind> COLUMNS = Map.of(
            Column.STATISTICAL_NEIGHBOUR, ComparatorKind.STATISTICAL_NEIGHBOUR,
            Column.ENGLAND_AVERAGE, ComparatorKind.ENGLAND_AVERAGE,
            Column.FLOOR_STANDARD, ComparatorKind.FLOOR_STANDARD,
            Column.BENCHMARK, ComparatorKind.BENCHMARK);

    private final String organisationId;

    ComparatorRows(String organisationId) {
        this.organisationId = organisationId;
    }

    /** The row's comparator values; TBC and N/A record nothing. Refuses a comparator without period or source. */
    Map<ComparatorKind, BigDecimal> read(RowCells cells) {
        Map<ComparatorKind, BigDecimal> values = new EnumMap<>(ComparatorKind.class);
        COLUMNS.forEach((column, kind) -> {
            String text = cells.text(column);
            if (!text.isEmpty() && !Words.isTbc(text) && !Words.isNotApplicable(text)) {
                BigDecimal value = cells.parse(column, Numbers::number);
                if (value != null) {
                    values.put(kind, value);
                }
            }
        });
        if (!values.isEmpty()) {
            cells.require(!cells.text(Column.COMPARATOR_PERIOD).isEmpty(), Column.COMPARATOR_PERIOD,
                    "A comparator needs the period it describes, as the source says it (2017-18, Mar-19)");
            cells.require(!cells.text(Column.COMPARATOR_SOURCE).isEmpty(), Column.COMPARATOR_SOURCE,
                    "A comparator needs its source (LAIT, DfE SFR, a report's title)");
        }
        return values;
    }

    void plan(RowCells cells, String code, IndicatorState state, Map<ComparatorKind, BigDecimal> values) {
        String period = cells.text(Column.COMPARATOR_PERIOD);
        String source = cells.text(Column.COMPARATOR_SOURCE);
        values.forEach((kind, value) -> plan(cells, code, state, new Comparator(kind, value, period, source)));
    }

    private void plan(RowCells cells, String code, IndicatorState state, Comparator comparator) {
        String subject = code + " " + comparator.kind().name().toLowerCase().replace('_', ' ');
        String detail = comparator.value().toPlainString() + " (" + comparator.period() + ")";
        boolean recorded = state.comparators().stream().anyMatch(existing -> existing.kind() == comparator.kind()
                && existing.value().compareTo(comparator.value()) == 0 && existing.period().equals(comparator.period()));
        Column column = COLUMNS.entrySet().stream().filter(e -> e.getValue() == comparator.kind())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Map<String, Location> fields = cells.fields(Map.of("value", column, "period", Column.COMPARATOR_PERIOD,
                "source", Column.COMPARATOR_SOURCE, "code", Column.CODE));
        if (recorded) {
            cells.step(subject, Change.UNCHANGED, detail, null, fields);
            return;
        }
        boolean supersedes = state.comparators().stream().anyMatch(existing -> existing.kind() == comparator.kind());
        cells.step(subject, supersedes ? Change.CHANGE : Change.ADD, detail,
                new RecordComparator(organisationId, code, comparator.kind(), comparator.value(), comparator.period(),
                        comparator.source()), fields);
        state.comparatorRecorded(comparator);
    }
}
