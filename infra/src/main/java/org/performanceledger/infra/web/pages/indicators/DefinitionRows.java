package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;
import org.performanceledger.events.Worded;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every field of a definition in words, under its label, in the order the definition declares them: read from the
 * definition's own fields ({@link IndicatorDefinition#fields()}), so a field added to it shows here without a change.
 */
final class DefinitionRows {

    /** One row of the summary list: "Polarity", "Aim to Minimise". */
    public record Row(String label, String words) {
    }

    private DefinitionRows() {
    }

    static List<Row> of(IndicatorDefinition definition) {
        return IndicatorDefinition.fields().stream()
                .map(field -> new Row(field.label(), words(field.valueIn(definition))))
                .toList();
    }

    private static String words(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "Not given";
        }
        if (value instanceof Worded worded) {
            return worded.words();
        }
        if (value instanceof Enum<?> choice) {
            return LabelledField.words(choice);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
