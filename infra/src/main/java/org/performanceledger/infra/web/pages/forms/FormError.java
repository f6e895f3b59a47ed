package org.performanceledger.infra.web.pages.forms;

/**
 * One problem with a form, for the error summary when it does not come from a BindingResult (for example an
 * application-layer refusal that names its field): {@code field} is the id of the input the summary links to, or
 * null when no single field is at fault.
 */
public record FormError(String field, String message) {
}
