package org.performanceledger.infra.web.pages.indicators;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LabelledField;
import org.springframework.validation.Errors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An indicator's definition as a form takes it: every field of {@link IndicatorDefinition}, as typed, in a map by
 * the field's name (bound as {@code definition[shortName]}), so a field added to the definition is taken without a
 * change here; and the code, to register one, or the reason, to amend one. Registering needs a code and every
 * field the definition needs (a short name and a polarity); amending needs a reason, and sends only the fields that
 * differ from the definition in force (a field left empty is not changed). The ledger's own rules (lengths, the
 * year introduced's form, the range of a number) come back as refusals.
 */
public class DefinitionForm {

    /** What a new indicator's form starts from: measured monthly, in financial years. */
    static final IndicatorDefinition DEFAULTS = IndicatorDefinition.of(null, null, null);

    private String code;
    private final Map<String, String> definition = new LinkedHashMap<>();
    private String reason;

    /** A new indicator: measured monthly, in financial years, unless the form says otherwise. */
    static DefinitionForm forRegistration() {
        return of(DEFAULTS);
    }

    /** The definition in force, to amend. */
    static DefinitionForm of(IndicatorDefinition current) {
        DefinitionForm form = new DefinitionForm();
        for (LabelledField field : IndicatorDefinition.fields()) {
            Object value = field.valueIn(current);
            form.definition.put(field.name(), value == null ? null
                    : value instanceof Enum<?> choice ? choice.name() : value.toString());
        }
        return form;
    }

    /**
     * Adds to {@code errors} what the person can put right before anything is sent, in the order of the fields on
     * the page: a code and every field the definition needs to register; a whole number where one is asked for; a
     * choice among those offered; a reason to amend.
     */
    void check(Errors errors, boolean registering) {
        if (registering && text(code) == null) {
            errors.rejectValue("code", "NotBlank", "Enter the code");
        }
        for (LabelledField field : IndicatorDefinition.fields()) {
            String given = text(definition.get(field.name()));
            String path = DefinitionInputs.path(field.name());
            if (given == null) {
                if (registering && field.required()) {
                    errors.rejectValue(path, "NotBlank", (field.isChoice() ? "Select the " : "Enter the ")
                            + field.label().toLowerCase(Locale.ROOT));
                }
            } else if (field.isChoice() && field.choices().stream().noneMatch(c -> c.name().equals(given))) {
                errors.rejectValue(path, "typeMismatch", "Select the " + field.label().toLowerCase(Locale.ROOT)
                        + " from the choices given");
            } else if (field.isWholeNumber() && !given.matches("-?\\d{1,9}")) {
                errors.rejectValue(path, "typeMismatch", field.label() + " must be a whole number, like 2");
            }
        }
        if (!registering && text(reason) == null) {
            errors.rejectValue("reason", "NotBlank", "Enter the reason for the change");
        }
    }

    /** The definition the form gives, once {@link #check checked}; an empty field is none. */
    IndicatorDefinition toDefinition() {
        Map<String, Object> values = new HashMap<>();
        for (LabelledField field : IndicatorDefinition.fields()) {
            values.put(field.name(), value(field, text(definition.get(field.name()))));
        }
        return IndicatorDefinition.ofFields(values);
    }

    /** The fields that differ from {@code current}, the rest null: what an amendment sends. */
    IndicatorDefinition changesFrom(IndicatorDefinition current) {
        IndicatorDefinition given = toDefinition();
        Map<String, Object> changes = new HashMap<>();
        for (LabelledField field : IndicatorDefinition.fields()) {
            Object value = field.valueIn(given);
            if (value != null && !Objects.equals(value, field.valueIn(current))) {
                changes.put(field.name(), value);
            }
        }
        return IndicatorDefinition.ofFields(changes);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(LabelledField field, String text) {
        if (text == null) {
            return null;
        }
        if (field.isChoice()) {
            return Enum.valueOf((Class<? extends Enum>) field.type(), text);
        }
        return field.isWholeNumber() ? Integer.valueOf(text) : text;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    /** Each field of the definition as typed, by the field's name; Spring binds {@code definition[unit]} here. */
    public Map<String, String> getDefinition() {
        return definition;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
