package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of the register and amend forms, one per field of the definition, in its order, each laid out from the
 * field itself ({@link IndicatorDefinition#fields()}): its label, its hint and what its constraints allow in words,
 * a text area for lines of text, radios or a list for a choice, showing its words, and a short numeric box for a
 * whole number. A field added to the definition shows in both forms without a change here.
 */
final class DefinitionInputs {

    /** How a field is given. */
    enum Kind { TEXT, TEXTAREA, RADIOS, SELECT }

    /**
     * One input of the forms, in GOV.UK's words for its fragment's parameters ({@code fragments/forms}).
     *
     * @param name       the definition's field ("shortName"), as refusals name it
     * @param path       the form object's property it binds to: an entry of {@link DefinitionForm#getDefinition()}
     * @param label      its label, or its legend for radios; "(optional)" when it may be left empty
     * @param hint       what helps and what its constraints allow; null when nothing
     * @param options    a choice's values (by name) and their words, in order; null for text
     * @param inputmode  {@code numeric} for a whole number, so phones show digits; null otherwise
     * @param width      GOV.UK's width class for short inputs; null for the full width
     * @param spellcheck false for text of a set form (a year), null to leave it to the browser
     */
    record Input(String name, String path, Kind kind, String label, String hint, Map<String, String> options,
                 String inputmode, String width, Boolean spellcheck) {
    }

    /** The longest text a narrow box is sized for. */
    private static final int SHORT_TEXT = 20;

    private static final List<Input> INPUTS = IndicatorDefinition.fields().stream().map(DefinitionInputs::input)
            .toList();

    private DefinitionInputs() {
    }

    /** Every input, in the definition's order. */
    static List<Input> all() {
        return INPUTS;
    }

    /** The property of the form a field binds to: {@code definition[shortName]}. */
    static String path(String field) {
        return "definition[" + field + "]";
    }

    private static Input input(LabelledField field) {
        String path = path(field.name());
        if (field.isChoice()) {
            // A choice that always has a value (needed, or given a default) is radios; one that may be left without
            // is a list whose first option is none.
            boolean alwaysGiven = field.required() || field.valueIn(DefinitionForm.DEFAULTS) != null;
            Map<String, String> options = new LinkedHashMap<>();
            if (!alwaysGiven) {
                options.put("", "Not given");
            }
            field.choices().forEach(choice -> options.put(choice.name(), LabelledField.words(choice)));
            return new Input(field.name(), path, alwaysGiven ? Kind.RADIOS : Kind.SELECT, field.label(), field.hint(),
                    options, null, null, null);
        }
        String label = field.required() ? field.label() : field.label() + " (optional)";
        if (field.isWholeNumber()) {
            return new Input(field.name(), path, Kind.TEXT, label, field.hint(), null, "numeric",
                    "govuk-input--width-3", null);
        }
        if (!field.isText()) {
            throw new IllegalStateException("The definition's field " + field.name() + " is a "
                    + field.type().getSimpleName() + ": the forms take text, choices and whole numbers, so lay it "
                    + "out in DefinitionInputs");
        }
        if (field.multiLine()) {
            return new Input(field.name(), path, Kind.TEXTAREA, label, field.hint(), null, null, null, null);
        }
        boolean setForm = field.format() != null;
        boolean shortText = setForm || field.maxLength() != null && field.maxLength() <= SHORT_TEXT;
        return new Input(field.name(), path, Kind.TEXT, label, field.hint(), null, null,
                shortText ? "govuk-input--width-10" : null, setForm ? Boolean.FALSE : null);
    }
}
