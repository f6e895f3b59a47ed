package org.performanceledger.infra.web.pages.forms;

import org.performanceledger.application.InvalidRequest;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.springframework.validation.BindingResult;

import java.util.HashMap;
import java.util.Map;

/**
 * An application-layer refusal as a form's errors: the field each refusal names ({@code value.number},
 * {@code reason}) becomes the form's own field, so the error summary links to its input and the field shows the
 * message beside it; a refusal of no field of the form is shown in the summary alone.
 * <p>
 * Only what a person can put right in the form becomes an error: a refusal because the user may not do this
 * (FORBIDDEN) or because the organisation or indicator is not there (NOT_FOUND) is thrown again, for the 403 and
 * 404 pages.
 */
public final class Refusals {

    /** A form field a refusal may name: its property in the form object, and its label ("Reason"). */
    private record FormField(String property, String label) {
    }

    private final Map<String, FormField> fields = new HashMap<>();

    private Refusals() {
    }

    public static Refusals of() {
        return new Refusals();
    }

    /**
     * The ledger's {@code field} (as a refusal names it) is the form object's {@code property}, labelled
     * {@code label} for messages that do not name it themselves.
     */
    public Refusals field(String field, String property, String label) {
        fields.put(field, new FormField(property, label));
        return this;
    }

    /** Adds the refusal's errors to the form's; a refusal no form can put right is thrown again. */
    public void addTo(BindingResult form, RuntimeException refusal) {
        if (refusal instanceof LedgerRejection rejection) {
            LedgerErrorCode code = rejection.code();
            if (code.kind() == LedgerErrorCode.Kind.FORBIDDEN
                    || code.kind() == LedgerErrorCode.Kind.NOT_FOUND && code != LedgerErrorCode.VALUE_NOT_FOUND) {
                throw rejection;
            }
            add(form, "ledger." + code.name(), rejection.field(), rejection.getMessage());
        } else if (refusal instanceof InvalidRequest invalid) {
            invalid.violations().forEach(violation -> add(form, "ledger." + violation.rule(), violation.field(),
                    labelOf(violation.field()) + " " + violation.message()));
        } else {
            throw refusal;
        }
    }

    private void add(BindingResult form, String code, String field, String message) {
        FormField found = find(field);
        if (found == null) {
            form.reject(code, message);
        } else {
            form.rejectValue(found.property(), code, message);
        }
    }

    /** The form field of a ledger field; a list's entry ({@code profile[2].target}) is the list's field. */
    private FormField find(String field) {
        if (field == null) {
            return null;
        }
        FormField found = fields.get(field);
        return found != null ? found : fields.get(field.replaceFirst("\\[\\d+].*$", ""));
    }

    private String labelOf(String field) {
        FormField found = find(field);
        return found == null ? field : found.label();
    }
}
