package org.performanceledger.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A definition's fields as forms and imports see them, read from its components, and a definition built by name. */
class LabelledFieldTest {

    private static LabelledField field(String name) {
        return IndicatorDefinition.fields().stream().filter(each -> each.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyComponentIsAFieldInItsOrderUnderItsLabel() {
        assertThat(IndicatorDefinition.fields()).extracting(LabelledField::name).containsExactlyElementsOf(
                Arrays.stream(IndicatorDefinition.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(IndicatorDefinition.fields()).extracting(LabelledField::label).startsWith("Short name",
                "Description", "Polarity");
    }

    @Test
    void whatAFieldTakesComesFromItsConstraints() {
        assertThat(field("shortName").required()).isTrue();
        assertThat(field("polarity").required()).isTrue();
        assertThat(field("unit").required()).isFalse();
        assertThat(field("description").multiLine()).isTrue();
        assertThat(field("unit").multiLine()).isFalse();
        assertThat(field("unit").maxLength()).isEqualTo(LedgerRules.UNIT_MAX);
        assertThat(field("decimalPlaces").isWholeNumber()).isTrue();
        assertThat(field("polarity").choices()).containsExactly(Polarity.values());
        assertThat(field("unit").choices()).isEmpty();
    }

    @Test
    void aHintSaysWhatHelpsThenWhatTheConstraintsAllowInWords() {
        assertThat(field("responsibleUnit").hint())
                .isEqualTo("For example, Department for People. At most 200 characters");
        assertThat(field("decimalPlaces").hint()).isEqualTo("A whole number from 0 to 6");
        assertThat(field("yearIntroduced").hint())
                .isEqualTo("A year such as 2018-19, or a calendar year such as 2014");
        assertThat(field("description").hint()).isEqualTo("At most 4000 characters");
        assertThat(field("frequency").hint()).isEqualTo("How often it is measured");
    }

    @Test
    void aChoiceIsInItsOwnWords() {
        assertThat(LabelledField.words(Polarity.RANGE)).isEqualTo("Goldilocks");
        assertThat(field("polarity").valueIn(IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE)))
                .isEqualTo(Polarity.MINIMISE);
    }

    @Test
    void aDefinitionIsBuiltFromItsFieldsByNameTheOthersNone() {
        IndicatorDefinition built = IndicatorDefinition.ofFields(Map.of("shortName", "Sickness", "decimalPlaces", 2,
                "polarity", Polarity.MINIMISE));

        assertThat(IndicatorDefinition.fields()).allSatisfy(field -> assertThat(field.valueIn(built)).as(field.name())
                .isEqualTo(switch (field.name()) {
                    case "shortName" -> "Sickness";
                    case "decimalPlaces" -> 2;
                    case "polarity" -> Polarity.MINIMISE;
                    default -> null;
                }));
        Map<String, Object> withNone = new HashMap<>();
        withNone.put("description", null);
        assertThat(IndicatorDefinition.ofFields(withNone).description()).isNull();
    }

    @Test
    void anUnknownFieldOrAValueOfTheWrongTypeIsRefusedNamingIt() {
        assertThatThrownBy(() -> IndicatorDefinition.ofFields(Map.of("noSuchField", "LG Inform")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchField");
        assertThatThrownBy(() -> IndicatorDefinition.ofFields(Map.of("decimalPlaces", "2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimalPlaces").hasMessageContaining("Integer");
    }
}
