package org.performanceledger.infra.web.pages.forms;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DateTimeInput} that is a real date and time; with {@code required}, also one that was filled in. The
 * violation's message says what is wrong ("Date and time must include a month", "Date must be a real date").
 */
@Documented
@Constraint(validatedBy = RealDateTimeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface RealDateTime {

    /** Whether an empty date and time is refused. */
    boolean required() default false;

    /** The message when a required date and time is empty. */
    String message() default "Enter a date and time";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
