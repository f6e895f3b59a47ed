package org.performanceledger.imports.indicators;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;
import org.performanceledger.imports.cells.CellException;
import org.performanceledger.imports.cells.CellReader;
import org.performanceledger.imports.cells.Choices;
import org.performanceledger.imports.cells.Numbers;
import org.performanceledger.imports.cells.PeriodNames;
import org.performanceledger.imports.cells.RowCells;
import org.performanceledger.imports.files.Column;
import org.performanceledger.imports.files.DefinitionColumns;
import org.performanceledger.imports.plan.ImportStep.Location;

import java.util.HashMap;
import java.util.Map;

/**
 * A row's definition of an indicator, read field by field, each from its column ({@link DefinitionColumns}) by its
 * type: text as written, a choice by its words ({@code Aim to Maximise}) or its name ({@code MAXIMISE}), a whole
 * number. A field sources print in wordings of their own (a polarity as {@code Higher is better}, a year introduced as
 * {@code 2008/09}) has its own reader here too. A field added to {@link IndicatorDefinition} is read without a change
 * here.
 */
final class DefinitionCells {

    /** The fields sources print in wordings beyond their own words and names. */
    private static final Map<String, CellReader<?>> OWN_READERS = Map.of(
            "polarity", Choices::polarity,
            "basis", Choices::basis,
            "frequency", Choices::frequency,
            "yearBasis", Choices::yearBasis,
            "yearIntroduced", PeriodNames::yearIntroduced);

    /** Each field's reader; a field of a type no reader takes fails here, as the import is first used. */
    private static final Map<String, CellReader<?>> READERS = readers();

    private DefinitionCells() {
    }

    /**
     * The row's definition: a blank cell is no value (an amendment keeps what the ledger holds), but a text the
     * definition needs (its short name) is refused when blank. A blank basis is the one the short name ends with in
     * brackets, if any ({@code ... [Cumulative YTD]}). Refused cells read as null and are recorded in {@code cells}.
     */
    static IndicatorDefinition read(RowCells cells) {
        Map<String, Object> values = new HashMap<>();
        DefinitionColumns.byField().forEach((field, column) -> values.put(field.name(),
                field.required() && field.isText() ? cells.required(column)
                        : cells.parse(column, READERS.get(field.name()))));
        if (values.get("basis") == null && values.get("shortName") instanceof String shortName) {
            values.put("basis", Choices.basisInName(shortName).orElse(null));
        }
        return IndicatorDefinition.ofFields(values);
    }

    /** Where each field of the definition, and the code, come from in the row: how a refusal names its cell. */
    static Map<String, Location> locations(RowCells cells) {
        Map<String, Column> columns = new HashMap<>();
        columns.put("code", Column.CODE);
        DefinitionColumns.byField().forEach((field, column) -> columns.put(field.name(), column));
        return cells.fields(columns);
    }

    private static Map<String, CellReader<?>> readers() {
        Map<String, CellReader<?>> readers = new HashMap<>();
        for (LabelledField field : IndicatorDefinition.fields()) {
            CellReader<?> own = OWN_READERS.get(field.name());
            readers.put(field.name(), own == null ? byType(field) : field.isChoice() ? orByType(own, byType(field))
                    : own);
        }
        return readers;
    }

    /** A choice is read by its source's wordings, else by its own words or name; refused in the source's terms. */
    private static CellReader<?> orByType(CellReader<?> own, CellReader<?> byType) {
        return text -> {
            try {
                return own.read(text);
            } catch (CellException notTheSourcesWords) {
                try {
                    return byType.read(text);
                } catch (CellException notItsOwnWords) {
                    throw notTheSourcesWords;
                }
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CellReader<?> byType(LabelledField field) {
        if (field.isText()) {
            return text -> text;
        }
        if (field.isWholeNumber()) {
            return Numbers::integer;
        }
        if (field.isChoice()) {
            Class<? extends Enum> type = (Class<? extends Enum>) field.type();
            return text -> Choices.choice(type, field.label(), text);
        }
        throw new IllegalStateException("The definition's field " + field.name() + " is a "
                + field.type().getSimpleName() + ": an import reads text, choices and whole numbers, so give it a "
                + "reader of its own in DefinitionCells");
    }
}
