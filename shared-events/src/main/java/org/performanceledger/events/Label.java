package org.performanceledger.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A record component's name for people: what forms, reports, imports and the audit trail call the field. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Label {

    String value();

    /**
     * What helps a person give the field, beyond what its constraints say ("For example, Department for People");
     * a form shows it under the label, before the constraints in words ({@link LabelledField#hint()}).
     */
    String hint() default "";
}
