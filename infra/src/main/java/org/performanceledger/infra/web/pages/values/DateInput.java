package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date as GOV.UK's date input takes it: day, month and year in boxes of their own, bound as {@code <field>.day},
 * {@code .month}, {@code .year}; optional, and checked with {@link DateInput.Real}.
 */
public class DateInput {

    private String day;
    private String month;
    private String year;

    /** A date typed as a real one, or nothing typed. */
    @Documented
    @Constraint(validatedBy = RealValidator.class)
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Real {

        String message() default "Enter a real date";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class RealValidator implements ConstraintValidator<Real, DateInput> {

        @Override
        public boolean isValid(DateInput input, ConstraintValidatorContext context) {
            if (input == null) {
                return true;
            }
            return input.problem().map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** What is wrong with what was typed, in GOV.UK's words; empty when it is a real date or nothing. */
    public Optional<String> problem() {
        if (isBlank()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("day");
        }
        if (blank(month)) {
            missing.add("month");
        }
        if (blank(year)) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return Optional.of("The source date must include a " + String.join(" and a ", missing));
        }
        return value().isPresent() ? Optional.empty() : Optional.of("The source date must be a real date");
    }

    /** The date, when a real one was typed. */
    public Optional<LocalDate> value() {
        if (isBlank() || !number(day) || !number(month) || !number(year) || year.strip().length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }

    private static boolean number(String text) {
        return text != null && text.strip().matches("\\d{1,4}");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
