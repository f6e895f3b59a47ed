package org.performanceledger.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the ledger cannot read: fields missing, too long, in the wrong form, or with characters it does not
 * keep. Each violation names the field as the client wrote it and the rule it broke. Nothing was recorded.
 */
public class InvalidRequest extends RuntimeException {

    /**
     * @param field   the request field at fault, as the client names it ({@code code}, {@code value.number})
     * @param rule    the rule it broke: a constraint name such as {@code NotBlank}, {@code Size}, {@code Text}
     * @param message what the rule asks for, in words
     */
    public record Violation(String field, String rule, String message) {
    }

    private final List<Violation> violations;

    public InvalidRequest(List<Violation> violations) {
        super("Invalid " + violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "))
                + "; nothing was recorded.");
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequest of(String field, String rule, String message) {
        return new InvalidRequest(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
