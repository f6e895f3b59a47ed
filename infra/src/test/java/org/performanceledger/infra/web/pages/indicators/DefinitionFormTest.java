package org.performanceledger.infra.web.pages.indicators;

import org.junit.jupiter.api.Test;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Label;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;
import org.performanceledger.infra.web.pages.indicators.DefinitionInputs.Input;
import org.performanceledger.infra.web.pages.indicators.DefinitionInputs.Kind;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The register and amend forms take every field of the definition, laid out from the field: the tests walk the
 * definition's own record components, so a field added to {@link IndicatorDefinition} is covered as it is added, or
 * they fail saying which.
 */
class DefinitionFormTest {

    private static final RecordComponent[] COMPONENTS = IndicatorDefinition.class.getRecordComponents();

    private static Input input(String field) {
        return DefinitionInputs.all().stream().filter(input -> input.name().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void everyFieldOfTheDefinitionHasAnInputUnderItsLabelInItsOrder() {
        assertThat(DefinitionInputs.all()).extracting(Input::name)
                .containsExactlyElementsOf(Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList());
        for (RecordComponent component : COMPONENTS) {
            Input input = input(component.getName());
            assertThat(input.label()).as(component.getName())
                    .startsWith(component.getAnnotation(Label.class).value());
            assertThat(input.path()).isEqualTo("definition[" + component.getName() + "]");
        }
    }

    @Test
    void everyFieldOfTheDefinitionTravelsThroughTheFormAndBack() {
        Map<String, Object> every = new HashMap<>();
        for (RecordComponent component : COMPONENTS) {
            every.put(component.getName(), sample(component));
        }
        IndicatorDefinition definition = IndicatorDefinition.ofFields(every);

        DefinitionForm form = DefinitionForm.of(definition);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        form.check(errors, false);

        assertThat(form.getDefinition()).containsOnlyKeys(every.keySet());
        assertThat(errors.getFieldErrors()).extracting(FieldError::getField).containsExactly("reason");
        assertThat(form.toDefinition()).isEqualTo(definition);
        assertThat(form.changesFrom(definition)).isEqualTo(IndicatorDefinition.ofFields(Map.of()));
    }

    @Test
    void eachKindOfFieldHasItsInput() {
        assertThat(input("shortName")).satisfies(input -> {
            assertThat(input.kind()).isEqualTo(Kind.TEXT);
            assertThat(input.label()).isEqualTo("Short name");
            assertThat(input.hint()).startsWith("As reports show it").endsWith("At most 200 characters");
        });
        assertThat(input("description")).satisfies(input -> {
            assertThat(input.kind()).isEqualTo(Kind.TEXTAREA);
            assertThat(input.label()).isEqualTo("Description (optional)");
            assertThat(input.hint()).isEqualTo("At most 4000 characters");
        });
        assertThat(input("polarity")).as("a choice always given: radios, in its words").satisfies(input -> {
            assertThat(input.kind()).isEqualTo(Kind.RADIOS);
            assertThat(input.options()).containsExactly(Map.entry("MAXIMISE", "Aim to Maximise"),
                    Map.entry("MINIMISE", "Aim to Minimise"), Map.entry("RANGE", "Goldilocks"),
                    Map.entry("ACTIVITY", "Activity (expected range)"));
        });
        assertThat(input("frequency").kind()).as("a choice with a default").isEqualTo(Kind.RADIOS);
        assertThat(input("basis")).as("a choice that may be left without: a list").satisfies(input -> {
            assertThat(input.kind()).isEqualTo(Kind.SELECT);
            assertThat(input.options().entrySet()).first().isEqualTo(Map.entry("", "Not given"));
            assertThat(input.options()).containsEntry("CUMULATIVE_YTD", "Cumulative YTD");
        });
        assertThat(input("decimalPlaces")).satisfies(input -> {
            assertThat(input.kind()).isEqualTo(Kind.TEXT);
            assertThat(input.inputmode()).isEqualTo("numeric");
            assertThat(input.label()).isEqualTo("Decimal places (optional)");
            assertThat(input.hint()).isEqualTo("A whole number from 0 to 6");
        });
        assertThat(input("yearIntroduced")).satisfies(input -> {
            assertThat(input.spellcheck()).isFalse();
            assertThat(input.hint()).isEqualTo("A year such as 2018-19, or a calendar year such as 2014");
        });
        assertThat(input("unit").width()).as("a short text").isEqualTo("govuk-input--width-10");
    }

    @Test
    void aNewIndicatorStartsMonthlyInFinancialYears() {
        Map<String, String> fields = DefinitionForm.forRegistration().getDefinition();

        assertThat(fields).containsEntry("frequency", Frequency.MONTHLY.name())
                .containsEntry("yearBasis", YearBasis.FINANCIAL.name());
        assertThat(fields.get("shortName")).isNull();
    }

    @Test
    void aRegistrationWithoutWhatTheDefinitionNeedsIsRefusedFieldByFieldInTheOrderOfThePage() {
        DefinitionForm form = DefinitionForm.forRegistration();
        form.getDefinition().put("decimalPlaces", "two");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

        form.check(errors, true);

        assertThat(errors.getFieldErrors()).extracting(FieldError::getField, FieldError::getDefaultMessage)
                .containsExactly(
                        tuple("code", "Enter the code"),
                        tuple("definition[shortName]", "Enter the short name"),
                        tuple("definition[polarity]", "Select the polarity"),
                        tuple("definition[decimalPlaces]",
                                "Decimal places must be a whole number, like 2"));
        assertThat(errors.getFieldValue("definition[decimalPlaces]")).as("shown again as typed").isEqualTo("two");
    }

    @Test
    void aChoiceNotOfferedIsRefused() {
        DefinitionForm form = DefinitionForm.of(IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE));
        form.getDefinition().put("polarity", "SIDEWAYS");
        form.setReason("Tidying up");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

        form.check(errors, false);

        assertThat(errors.getFieldErrors()).extracting(FieldError::getField).containsExactly("definition[polarity]");
    }

    /** A value of the component's type: text, the last of a choice's values, a whole number. */
    private static Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return "Sample " + component.getName();
        }
        if (type == Integer.class) {
            return 3;
        }
        if (type.isEnum()) {
            List<?> choices = List.of(type.getEnumConstants());
            return choices.get(choices.size() - 1);
        }
        throw new AssertionError(component.getName() + " is a " + type.getSimpleName()
                + ": the forms take text, choices and whole numbers");
    }
}
