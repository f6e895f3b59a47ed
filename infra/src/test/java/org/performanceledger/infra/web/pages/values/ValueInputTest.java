package org.performanceledger.infra.web.pages.values;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.ValueState;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A value as the forms take it: a number as people type one, or why there is none, each on its own field. */
class ValueInputTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, String> problems(RecordValueForm form) {
        return VALIDATOR.validate(form).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    private static RecordValueForm form(ValueState state, String number, String tbcReason) {
        RecordValueForm form = new RecordValueForm();
        form.setPeriod("2019-02");
        form.getValue().setState(state);
        form.getValue().setNumber(number);
        form.getValue().setTbcReason(tbcReason);
        return form;
    }

    @Test
    void numbersAreReadAsPeopleTypeThem() {
        assertThat(ValueInput.parse(" 1,500.5 ")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1500.5"));
        assertThat(ValueInput.parse("86.6%")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("86.6"));
        assertThat(ValueInput.parse("-2")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-2"));
        assertThat(ValueInput.parse("6.18.1")).isEmpty();
        assertThat(ValueInput.parse("1e5")).isEmpty();
        assertThat(ValueInput.parse("")).isEmpty();
    }

    @Test
    void eachChoiceNeedsItsOwnFieldAndTheProblemIsNamedOnIt() {
        assertThat(problems(form(null, null, null))).containsExactly(
                Map.entry("value.state", "Select a number, or why there is none"));
        assertThat(problems(form(ValueState.NUMBER, " ", null))).containsExactly(
                Map.entry("value.number", "Enter the value"));
        assertThat(problems(form(ValueState.NUMBER, "six", null))).containsExactly(
                Map.entry("value.number", "The value must be a number, like 6.18"));
        assertThat(problems(form(ValueState.TBC, "6.18", " "))).containsExactly(
                Map.entry("value.tbcReason", "Enter why there is no number"));
        assertThat(problems(form(ValueState.NUMBER, "6.18", null))).isEmpty();
    }

    @Test
    void theChosenStatesFieldIsTheValueTheOthersAreLeftOut() {
        RecordValueForm tbc = form(ValueState.TBC, "6.18", " Awaiting payroll ");
        assertThat(tbc.getValue().toValue()).isEqualTo(new MeasuredValue(ValueState.TBC, null, "Awaiting payroll"));

        RecordValueForm number = form(ValueState.NUMBER, "6.18", "ignored");
        assertThat(number.getValue().toValue().number()).isEqualByComparingTo(new BigDecimal("6.18"));
        assertThat(number.getValue().toValue().reason()).isNull();

        ValueInput again = ValueInput.of(new MeasuredValue(ValueState.NOT_APPLICABLE, null, "No schools"));
        assertThat(again.getState()).isEqualTo(ValueState.NOT_APPLICABLE);
        assertThat(again.getNotApplicableReason()).isEqualTo("No schools");
    }
}
