package org.performanceledger.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One field of a record whose components carry a {@link Label}, as forms and imports present it: read from the
 * component, its label and its constraints, so a field added to such a record is laid out, read and explained
 * without another list of fields to keep in step.
 *
 * @param name      the component's name: the field's name in JSON, in commands and in refusals
 * @param label     its name for people ({@link Label})
 * @param type      the component's type
 * @param required  whether a complete record needs it (a {@link NotNull} or {@link NotBlank} constraint)
 * @param multiLine whether its text may hold several lines ({@link MultiLine})
 * @param maxLength the most characters its text may have ({@link Size}); null when not limited
 * @param min       the least whole number it takes ({@link Min}); null when not limited
 * @param max       the greatest whole number it takes ({@link Max}); null when not limited
 * @param format    the form its text must have, in words ("a year such as 2018-19"), from its {@link Pattern}'s
 *                  message; null when any text will do
 * @param about     what else helps a person give it ({@link Label#hint()}); null when nothing
 */
public record LabelledField(String name, String label, Class<?> type, boolean required, boolean multiLine,
                            Integer maxLength, Long min, Long max, String format, String about) {

    /** The labelled fields of a record type, in the order it declares them. */
    public static List<LabelledField> of(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(LabelledField::of).toList();
    }

    private static LabelledField of(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        Size size = constraint(component, Size.class);
        Min min = constraint(component, Min.class);
        Max max = constraint(component, Max.class);
        Pattern pattern = constraint(component, Pattern.class);
        return new LabelledField(component.getName(), label == null ? component.getName() : label.value(),
                component.getType(),
                constraint(component, NotNull.class) != null || constraint(component, NotBlank.class) != null,
                component.isAnnotationPresent(MultiLine.class),
                size == null || size.max() == Integer.MAX_VALUE ? null : size.max(),
                min == null ? null : min.value(), max == null ? null : max.value(),
                pattern == null ? null : pattern.message().replaceFirst("^must be ", ""),
                label == null || label.hint().isBlank() ? null : label.hint());
    }

    /**
     * A constraint on the component. Bean Validation's constraints do not apply to record components as such, so
     * Java puts those written on a component on its accessor (and its field and constructor parameter) instead.
     */
    private static <A extends Annotation> A constraint(RecordComponent component, Class<A> type) {
        A found = component.getAnnotation(type);
        return found != null ? found : component.getAccessor().getAnnotation(type);
    }

    /** Whether it takes one of a few named values (an enum). */
    public boolean isChoice() {
        return type.isEnum();
    }

    /** Whether it takes a whole number. */
    public boolean isWholeNumber() {
        return type == Integer.class;
    }

    /** Whether it takes text. */
    public boolean isText() {
        return type == String.class;
    }

    /** The values it takes, in the order the type declares them, when it is a choice; empty otherwise. */
    public List<Enum<?>> choices() {
        if (!isChoice()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).<Enum<?>>map(each -> (Enum<?>) each).toList();
    }

    /** A choice in words: its own ({@link Worded}) or, for a value without words, its name. */
    public static String words(Enum<?> choice) {
        return choice instanceof Worded worded ? worded.words() : choice.name();
    }

    /** This field's value in {@code record}, which must be of the type it is a field of. */
    public Object valueIn(Record record) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /**
     * What a form says under the label: what helps ({@link #about}), then what the constraints allow, in words:
     * "For example, Department for People. At most 200 characters". Null when there is nothing to say.
     */
    public String hint() {
        List<String> parts = new ArrayList<>();
        if (about != null) {
            parts.add(about);
        }
        if (format != null) {
            parts.add(capitalised(format));
        }
        if (isWholeNumber()) {
            parts.add(min != null && max != null ? "A whole number from " + min + " to " + max
                    : min != null ? "A whole number, at least " + min
                    : max != null ? "A whole number, at most " + max : "A whole number");
        }
        if (maxLength != null) {
            parts.add("At most " + maxLength + " characters");
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
