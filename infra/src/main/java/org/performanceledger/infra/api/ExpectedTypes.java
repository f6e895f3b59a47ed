package org.performanceledger.infra.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a field or parameter of the wrong type should have been, in the words a client reads ("must be a number"),
 * never the name of the Java type behind it.
 */
final class ExpectedTypes {

    private ExpectedTypes() {
    }

    /** The words after "must be": "a number", "a date such as 2019-02-22", "one of NUMBER, TBC". */
    static String of(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2019-02-22";
        }
        if (type == Instant.class || type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a moment such as 2019-02-22T10:31:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "a JSON object" : "a value of another type";
    }
}
