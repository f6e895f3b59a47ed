package org.performanceledger.infra.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a request record whose one {@link JsonUnwrapped} component (an indicator's definition) sits flat beside the
 * others, and refuses a field that belongs to neither: Jackson's own unwrapping drops unknown fields silently, so a
 * misspelt field would vanish. The fields allowed are the records' components, so a field added to the definition
 * is allowed without a list here.
 */
final class FlatRecordDeserializer extends JsonDeserializer<Record> implements ContextualDeserializer {

    private final Class<?> type;

    FlatRecordDeserializer() {
        this(null);
    }

    private FlatRecordDeserializer(Class<?> type) {
        this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType target = property == null ? context.getContextualType() : property.getType();
        return new FlatRecordDeserializer(target.getRawClass());
    }

    @Override
    public Record deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree = parser.readValueAsTree();
        if (!(tree instanceof ObjectNode body)) {
            throw JsonMappingException.from(parser, "must be a JSON object");
        }
        RecordComponent[] components = type.getRecordComponents();
        RecordComponent flat = Arrays.stream(components)
                .filter(FlatRecordDeserializer::unwrapped).findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " has no @JsonUnwrapped component"));
        Set<String> allowed = new LinkedHashSet<>();
        Arrays.stream(components).filter(component -> component != flat).forEach(c -> allowed.add(c.getName()));
        Arrays.stream(flat.getType().getRecordComponents()).forEach(c -> allowed.add(c.getName()));
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw UnrecognizedPropertyException.from(parser, type, name, new ArrayList<>(allowed));
            }
        }
        ObjectNode flatFields = body.deepCopy();
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : components) {
            if (component == flat) {
                continue;
            }
            flatFields.remove(component.getName());
        }
        for (RecordComponent component : components) {
            JsonNode node = component == flat ? flatFields : body.get(component.getName());
            values.add(node == null || node.isNull() ? null
                    : context.readTreeAsValue(node, context.constructType(component.getGenericType())));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** @JsonUnwrapped cannot target a record component: it lands on the component's accessor. */
    private static boolean unwrapped(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonUnwrapped.class);
    }
}
