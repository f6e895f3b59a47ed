package org.performanceledger.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field-by-field work on a record whose components carry a {@link Label}: what changed between two versions, in
 * words; one version amended by a partial other; one built from its fields by name. Working from the components
 * themselves means a field added to such a record is compared, amended, built and described without another list of
 * fields to keep in step.
 */
final class LabelledFields {

    private LabelledFields() {
    }

    /** Each labelled component whose value differs between the two, in declaration order. */
    static List<FieldChange> changes(Record before, Record after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object was = value(component, before);
            Object is = value(component, after);
            if (!same(was, is)) {
                Label label = component.getAnnotation(Label.class);
                changes.add(new FieldChange(component.getName(),
                        label == null ? component.getName() : label.value(), words(was), words(is)));
            }
        }
        return changes;
    }

    /**
     * A copy of {@code current} with every component {@code change} gives (not null, not blank) put in its place;
     * texts taken from {@code change} lose their surrounding spaces.
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R amend(R current, R change) {
        RecordComponent[] components = current.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object given = value(components[i], change);
            boolean absent = given == null || given instanceof String text && text.isBlank();
            values[i] = absent ? value(components[i], current) : given instanceof String text ? text.strip() : given;
        }
        return construct((Class<R>) current.getClass(), components, values);
    }

    /**
     * A record of {@code type} whose components take the values {@code fields} gives by component name; the others
     * null. A name that is no component's, or a value of another type than its component's, is refused.
     */
    static <R extends Record> R of(Class<R> type, Map<String, ?> fields) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Set<String> unknown = new HashSet<>(fields.keySet());
        for (int i = 0; i < components.length; i++) {
            Object value = fields.get(components[i].getName());
            unknown.remove(components[i].getName());
            if (value != null && !components[i].getType().isInstance(value)) {
                throw new IllegalArgumentException("The field " + components[i].getName() + " of "
                        + type.getSimpleName() + " takes a " + components[i].getType().getSimpleName() + ", not "
                        + value.getClass().getSimpleName() + " '" + value + "'");
            }
            values[i] = value;
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + new TreeSet<>(unknown));
        }
        return construct(type, components, values);
    }

    /** A value as people read it: an enum's own words, a number without exponent, "none" for no value. */
    static String words(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "none";
        }
        if (value instanceof Worded worded) {
            return worded.words();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
