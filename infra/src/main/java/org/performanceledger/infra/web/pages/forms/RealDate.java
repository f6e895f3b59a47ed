package org.performanceledger.infra.web.pages.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DateInput} (or {@link DateTimeInput}) that is a real date; with {@code required}, also one that was filled
 * in. The violation's message says what is wrong, with the field's {@code name} ("The source date must include a
 * month", "Date must be a real date").
 */
@Documented
@Constraint(validatedBy = RealDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RealDate {

    /** How the messages name the field. */
    String name() default "Date";

    /** Whether an empty date is refused. */
    boolean required() default false;

    /** The message when a required date is empty. */
    String message() default "Enter a date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the input with its own {@link DateInput#problem(String)}. */
    class Validator implements ConstraintValidator<RealDate, DateInput> {

        private boolean required;
        private String name;

        @Override
        public void initialize(RealDate annotation) {
            required = annotation.required();
            name = annotation.name();
        }

        @Override
        public boolean isValid(DateInput input, ConstraintValidatorContext context) {
            if (input == null || input.isBlank()) {
                return !required;
            }
            return input.problem(name).map(problem -> {
                context.disableDefaultConstraintViolation();
                // The problem is plain text: escaped so that no part of it reads as a message template.
                context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
                        .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
