package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.performanceledger.events.ValueState;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link ValueInput} that says what it holds, and gives what that needs: a number for a number, a reason for
 * anything else. Each problem is reported on the field at fault ({@code state}, {@code number}, or the chosen
 * state's reason), in GOV.UK's words.
 */
@Documented
@Constraint(validatedBy = CompleteValue.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CompleteValue {

    String message() default "Select a number, or why there is none";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteValue, ValueInput> {

        @Override
        public boolean isValid(ValueInput input, ConstraintValidatorContext context) {
            if (input == null) {
                return true;
            }
            if (input.getState() == null) {
                return problem(context, "state", "Select a number, or why there is none");
            }
            if (input.getState() == ValueState.NUMBER) {
                if (input.getNumber() == null || input.getNumber().isBlank()) {
                    return problem(context, "number", "Enter the value");
                }
                if (ValueInput.parse(input.getNumber()).isEmpty()) {
                    return problem(context, "number", "The value must be a number, like 6.18");
                }
                return true;
            }
            if (input.reason() == null || input.reason().isBlank()) {
                return problem(context, ValueInput.reasonProperty(input.getState()), "Enter why there is no number");
            }
            return true;
        }

        private static boolean problem(ConstraintValidatorContext context, String property, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property)
                    .addConstraintViolation();
            return false;
        }
    }
}
