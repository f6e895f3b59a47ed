package org.performanceledger.infra.web.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.web.pages.forms.DateTimeInput;
import org.performanceledger.infra.web.pages.forms.RealDate;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A date and time as typed into the dateTime field: what is wrong with it, in GOV.UK's words, or its value. */
class DateTimeInputTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aRealDateAndTimeHasItsValueAndNoProblem() {
        DateTimeInput typed = new DateTimeInput(" 22 ", "2", "2019", "10:31");

        assertThat(typed.problem("Date")).isEmpty();
        assertThat(typed.value()).contains(LocalDateTime.of(2019, 2, 22, 10, 31));
        assertThat(new DateTimeInput("1", "12", "2019", "9.05").value())
                .contains(LocalDateTime.of(2019, 12, 1, 9, 5));
    }

    @Test
    void eachMissingPartIsNamed() {
        assertThat(new DateTimeInput("", "2", "", "10:31").problem("Date"))
                .contains("Date and time must include a day and a year");
        assertThat(new DateTimeInput("22", "2", "2019", " ").problem("Date"))
                .contains("Date and time must include a time");
    }

    @Test
    void aDateOrTimeThatDoesNotExistIsRefusedAsNotReal() {
        assertThat(new DateTimeInput("29", "2", "2019", "10:31").problem("Date")).contains("Date must be a real date");
        assertThat(new DateTimeInput("1", "13", "2019", "10:31").problem("Date")).contains("Date must be a real date");
        assertThat(new DateTimeInput("1", "1", "19", "10:31").problem("Date")).as("a two-digit year")
                .contains("Date must be a real date");
        assertThat(new DateTimeInput("1", "one", "2019", "10:31").problem("Date")).contains("Date must be a real date");
        assertThat(new DateTimeInput("1", "1", "2019", "24:00").problem("Date"))
                .contains("Time must be a real time in 24-hour form, for example 14:30");
        assertThat(new DateTimeInput("1", "1", "2019", "2pm").problem("Date"))
                .contains("Time must be a real time in 24-hour form, for example 14:30");
        assertThat(new DateTimeInput("29", "2", "2019", "10:31").value()).isEmpty();
    }

    @Test
    void nothingTypedIsRefusedOnlyWhenRequired() {
        assertThat(VALIDATOR.validate(new Form(new DateTimeInput(), new DateTimeInput("", " ", null, ""))))
                .extracting(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .containsExactly("required: Enter when it was known");
    }

    @Test
    void theViolationSaysWhatIsWrong() {
        var violations = VALIDATOR.validate(new Form(new DateTimeInput("31", "4", "2019", "12:00"),
                new DateTimeInput("1", "4", "2019", "12:00")));

        assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("Date must be a real date");
    }

    record Form(@RealDate DateTimeInput optional,
                @RealDate(required = true, message = "Enter when it was known") DateTimeInput required) {
    }
}
