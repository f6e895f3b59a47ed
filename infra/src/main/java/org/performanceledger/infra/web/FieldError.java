package org.performanceledger.infra.web;

/**
 * One reason a request was refused, in the {@code errors} list of a problem document.
 *
 * @param field   the request field at fault, as the client named it ({@code code}, {@code polarity}, ...)
 * @param rule    the rule it broke: a constraint name such as {@code NotBlank}, {@code Pattern}, {@code OneOf}
 * @param message what the rule asks for, in words
 */
record FieldError(String field, String rule, String message) {
}
