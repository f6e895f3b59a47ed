package org.performanceledger.infra.web.pages.targets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.performanceledger.infra.web.pages.values.ValueInput;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link TargetForm} that gives what its choices need: the number, both ends of a range or the words of its kind
 * of target; numbers where numbers go; a tolerance's amount once a tolerance is chosen; a profile that can be read.
 * Each problem is reported on its own field, in GOV.UK's words.
 */
@Documented
@Constraint(validatedBy = CompleteTarget.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CompleteTarget {

    String message() default "Complete the target";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteTarget, TargetForm> {

        @Override
        public boolean isValid(TargetForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (form.getKind() != null) {
                valid &= switch (form.getKind()) {
                    case NUMBER -> number(context, "number", form.getNumber(), "The target", true);
                    case RANGE -> number(context, "lower", form.getLower(), "The lower end of the range", true)
                            & number(context, "upper", form.getUpper(), "The upper end of the range", true);
                    case TEXT -> !TargetForm.blank(form.getText())
                            || problem(context, "text", "Enter the target in words");
                    case TBC -> true;
                };
            }
            valid &= number(context, "stretch", form.getStretch(), "The stretch target", false);
            if ("ABSOLUTE".equals(form.getToleranceKind())) {
                valid &= number(context, "toleranceAbsolute", form.getToleranceAbsolute(), "The tolerance", true);
            } else if ("RELATIVE_PERCENT".equals(form.getToleranceKind())) {
                valid &= number(context, "tolerancePercent", form.getTolerancePercent(), "The tolerance", true);
            }
            String profileProblem = ProfileLines.parse(form.getProfile()).problem();
            if (profileProblem != null) {
                valid &= problem(context, "profile", profileProblem);
            }
            return valid;
        }

        /** A number where one goes ({@code what}: "The target"): a required one is there; any given is one. */
        private static boolean number(ConstraintValidatorContext context, String property, String typed,
                                      String what, boolean required) {
            if (TargetForm.blank(typed)) {
                return !required || problem(context, property, "Enter " + what.toLowerCase(java.util.Locale.UK));
            }
            return ValueInput.parse(typed).isPresent()
                    || problem(context, property, what + " must be a number, like 6.18");
        }

        private static boolean problem(ConstraintValidatorContext context, String property, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
