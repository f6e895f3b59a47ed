package org.performanceledger.infra.web.pages.forms;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link DateTimeInput} with its own {@link DateTimeInput#problem()}. */
public class RealDateTimeValidator implements ConstraintValidator<RealDateTime, DateTimeInput> {

    private boolean required;

    @Override
    public void initialize(RealDateTime annotation) {
        required = annotation.required();
    }

    @Override
    public boolean isValid(DateTimeInput input, ConstraintValidatorContext context) {
        if (input == null || input.isBlank()) {
            return !required;
        }
        return input.problem().map(problem -> {
            context.disableDefaultConstraintViolation();
            // The problem is plain text: escaped so that no part of it reads as a message template.
            context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
