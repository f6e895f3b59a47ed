package org.performanceledger.infra.web.pages.forms;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A form's errors in the order of its fields. Bean Validation reports violations in no particular order, but
 * GOV.UK's error summary lists them in the order of the fields on the page; a form object declares its fields in
 * that order, so the pages' validation records each field's errors in the order the fields are declared (a
 * nested field, such as {@code asOf.day}, where its parent is). Applies to every controller under
 * {@code web.pages}.
 */
@ControllerAdvice(basePackages = "org.performanceledger.infra.web.pages")
class ErrorsInFieldOrder {

    @InitBinder
    void validateInFieldOrder(WebDataBinder binder) {
        // Also when the target is not made yet (constructor binding): the wrapper only sees it when validating.
        if (binder.getValidator() instanceof SmartValidator validator) {
            binder.setValidator(new InFieldOrder(validator));
        }
    }

    private record InFieldOrder(SmartValidator validator) implements SmartValidator {

        @Override
        public boolean supports(Class<?> type) {
            return validator.supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            validate(target, errors, new Object[0]);
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            if (!(errors instanceof BindingResult result)) {
                validator.validate(target, errors, hints);
                return;
            }
            BeanPropertyBindingResult found = new BeanPropertyBindingResult(target, errors.getObjectName());
            validator.validate(target, found, hints);
            List<String> order = declaredFields(target.getClass());
            found.getGlobalErrors().forEach(result::addError);
            found.getFieldErrors().stream()
                    .sorted(Comparator.comparingInt(error -> position(order, error)))
                    .forEach(result::addError);
        }

        private static int position(List<String> order, FieldError error) {
            String field = error.getField().split("[.\\[]", 2)[0];
            int position = order.indexOf(field);
            return position < 0 ? Integer.MAX_VALUE : position;
        }

        private static List<String> declaredFields(Class<?> type) {
            List<Class<?>> lineage = new ArrayList<>();
            for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
                lineage.add(0, current);
            }
            return lineage.stream()
                    .flatMap(current -> Arrays.stream(current.getDeclaredFields()))
                    .map(Field::getName)
                    .toList();
        }
    }
}
