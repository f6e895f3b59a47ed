package org.performanceledger.imports.files;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column of each field of an indicator's definition, in the definition's order: the column named for it, with its
 * synonyms ({@link Column#SHORT_NAME} for the field labelled "Short name"), or, for a field no column is named for, a
 * column headed by its label. So a field added to {@link IndicatorDefinition} is imported from a column headed as the
 * register and the forms label it, and the indicators template has that column, without a change here.
 */
public final class DefinitionColumns {

    private static final Map<LabelledField, Column> COLUMNS = columnsOf(IndicatorDefinition.fields());

    private DefinitionColumns() {
    }

    /** Each field of the definition with its column, in the definition's order. */
    public static Map<LabelledField, Column> byField() {
        return COLUMNS;
    }

    /** The definition's columns, in its fields' order. */
    static List<Column> columns() {
        return List.copyOf(COLUMNS.values());
    }

    /** The columns of the fields no column is named for: headed by their labels. */
    static List<Column> labelled() {
        return COLUMNS.values().stream().filter(column -> !Column.allNamed().contains(column)).toList();
    }

    /** Each field's column: the first named column its label means, else one headed by its label. */
    static Map<LabelledField, Column> columnsOf(List<LabelledField> fields) {
        Map<LabelledField, Column> columns = new LinkedHashMap<>();
        for (LabelledField field : fields) {
            columns.put(field, Column.allNamed().stream().filter(column -> column.matches(field.label())).findFirst()
                    .orElseGet(() -> Column.labelled(field.label())));
        }
        return Collections.unmodifiableMap(columns);
    }
}
