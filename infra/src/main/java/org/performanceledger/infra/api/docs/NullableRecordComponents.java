package org.performanceledger.infra.api.docs;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says of every property of the ledger's records whether it may be null, as the API reads and writes them: a
 * property is required (never null, never left out) when its component is a primitive or carries a constraint that
 * forbids null in the default validation group ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}); every
 * other property may be null or left out, and says so (in OpenAPI 3.1, {@code "null"} among its types, a
 * {@code $ref} as one of it or null; in 3.0, {@code nullable}; {@code null} among an enum's values). The fields of a
 * {@link JsonUnwrapped} component count as the record's own.
 */
final class NullableRecordComponents implements ModelConverter {

    private static final String LEDGER = "org.performanceledger.";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (resolved == null || !raw.isRecord() || !raw.getName().startsWith(LEDGER)) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null ? resolved : context.getDefinedModels()
                .get(resolved.get$ref().substring(Components.COMPONENTS_SCHEMAS_REF.length()));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        describe(model, components(raw));
        return resolved;
    }

    /**
     * Replaces each property by one that says whether it may be null. Replaces, never changes: the properties of an
     * unwrapped record are the very objects of that record's own schema.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Schema<?> model, List<RecordComponent> components) {
        boolean openApi31 = model.getSpecVersion() == SpecVersion.V31;
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : components) {
            String name = component.getName();
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean required = component.getType().isPrimitive() || forbidsNull(component)
                    || model.getRequired() != null && model.getRequired().contains(name);
            if (required) {
                if (model.getRequired() == null || !model.getRequired().contains(name)) {
                    model.addRequiredItem(name);
                }
                properties.put(name, withoutNull(property, openApi31));
            } else if (property.get$ref() != null) {
                properties.put(name, nullableReference(property, openApi31));
            } else {
                properties.put(name, withNull(property, openApi31));
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema withNull(Schema property, boolean openApi31) {
        Schema copy = AnnotationsUtils.clone(property, openApi31);
        if (openApi31) {
            Set<String> types = new LinkedHashSet<>(copy.getTypes() != null ? copy.getTypes()
                    : copy.getType() != null ? Set.of(copy.getType()) : Set.of());
            if (!types.isEmpty()) {
                types.add("null");
                copy.setTypes(types);
            }
        } else {
            copy.setNullable(true);
        }
        if (copy.getEnum() != null && !copy.getEnum().contains(null)) {
            List values = new ArrayList<>(copy.getEnum());
            values.add(null);
            copy.setEnum(values);
        }
        return copy;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema withoutNull(Schema property, boolean openApi31) {
        if (property.get$ref() != null) {
            return property;
        }
        Schema copy = AnnotationsUtils.clone(property, openApi31);
        if (copy.getTypes() != null && copy.getTypes().contains("null")) {
            Set<String> types = new LinkedHashSet<>(copy.getTypes());
            types.remove("null");
            copy.setTypes(types);
        }
        copy.setNullable(null);
        if (copy.getEnum() != null && copy.getEnum().contains(null)) {
            List values = new ArrayList<>(copy.getEnum());
            values.removeIf(java.util.Objects::isNull);
            copy.setEnum(values);
        }
        return copy;
    }

    /** OpenAPI 3.1: one of the schema or null; 3.0, where a $ref admits no sibling: nullable, all of the schema. */
    private static Schema<?> nullableReference(Schema<?> reference, boolean openApi31) {
        Schema<?> target = new Schema<>().$ref(reference.get$ref());
        if (openApi31) {
            Schema<?> none = new Schema<>();
            none.addType("null");
            return new Schema<>().oneOf(List.of(target, none)).description(reference.getDescription());
        }
        return new Schema<>().nullable(true).allOf(List.of(target)).description(reference.getDescription());
    }

    /** The record's components, with those of an unwrapped component in its place (their JSON is flat). */
    private static List<RecordComponent> components(Class<?> record) {
        List<RecordComponent> components = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
                    && component.getType().isRecord()) {
                components.addAll(components(component.getType()));
            } else {
                components.add(component);
            }
        }
        return components;
    }

    /** A constraint that refuses null, checked always (no validation groups): then the property is required. */
    private static boolean forbidsNull(RecordComponent component) {
        // Constraint annotations do not target record components: Java leaves them on the accessor and the field.
        for (Annotation annotation : component.getAccessor().getAnnotations()) {
            Class<?>[] groups = annotation instanceof NotNull notNull ? notNull.groups()
                    : annotation instanceof NotBlank notBlank ? notBlank.groups()
                    : annotation instanceof NotEmpty notEmpty ? notEmpty.groups() : null;
            if (groups != null && groups.length == 0) {
                return true;
            }
        }
        return false;
    }
}
