package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Label;
import org.performanceledger.events.Worded;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field of a definition in words, under its label, in the order the definition declares them: read from the
 * definition's own components and their {@link Label}s, so a field added to it shows here without a change.
 */
final class DefinitionRows {

    /** One row of the summary list: "Polarity", "Aim to Minimise". */
    public record Row(String label, String words) {
    }

    private DefinitionRows() {
    }

    static List<Row> of(IndicatorDefinition definition) {
        List<Row> rows = new ArrayList<>();
        for (RecordComponent component : IndicatorDefinition.class.getRecordComponents()) {
            Label label = component.getAnnotation(Label.class);
            rows.add(new Row(label == null ? component.getName() : label.value(), words(read(component,
                    definition))));
        }
        return rows;
    }

    private static Object read(RecordComponent component, IndicatorDefinition definition) {
        try {
            return component.getAccessor().invoke(definition);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String words(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "Not given";
        }
        if (value instanceof Worded worded) {
            return worded.words();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
