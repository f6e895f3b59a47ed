package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Values built from the document's schemas: mostly ones the schema admits (with values the ledger holds where a
 * property's name says what it is), sometimes at or past a bound, and, when asked, broken on purpose: a required
 * property left out, a property of the wrong type, a property the schema does not have.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Texts that have broken parsers and stores elsewhere: each must be refused or kept, never a failure. */
    static final List<String> HOSTILE_TEXTS = List.of(
            "", " ", "\t", "..", "../../etc/passwd", "null", "-1", "0", "NaN", "' OR '1'='1", "<script>x</script>",
            "=HYPERLINK(\"http://x\")", "Ünïcödé ☃ 𝄞 ", "\u202Eevil", "\u0000", "line\nbreak", "\ud83d\ude00",
            "CP 1.1 ", "%00", "%2e%2e", "a/b", "a\\b", "x;y=1", "%25", "{\"a\":1}", "2019-13", "2019-Q5",
            "9999-99", "2018-19-T4", "x".repeat(300), "é".repeat(2_001));

    private final OpenApiDocument document;
    private final Random random;
    private final Map<String, List<String>> known;

    /** {@code known}: values the ledger holds, by the name of the property or parameter they fill. */
    SchemaValues(OpenApiDocument document, Random random, Map<String, List<String>> known) {
        this.document = document;
        this.random = random;
        this.known = known;
    }

    /** A value the schema admits (mostly: the bounds of a property are sometimes met or passed by one). */
    JsonNode valid(JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            List<JsonNode> notNull = new ArrayList<>();
            alternatives.forEach(alternative -> {
                if (!"null".equals(document.resolve(alternative).path("type").asText())) {
                    notNull.add(alternative);
                }
            });
            if (notNull.size() < alternatives.size() && random.nextInt(8) == 0 || notNull.isEmpty()) {
                return JSON.nullNode();
            }
            return valid(notNull.get(random.nextInt(notNull.size())), name, depth);
        }
        if (schema.has("allOf")) {
            return valid(schema.get("allOf").get(0), name, depth);
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return values.get(random.nextInt(values.size()));
        }
        Set<String> types = types(schema);
        if (types.contains("null") && random.nextInt(10) == 0) {
            return JSON.nullNode();
        }
        types.remove("null");
        String type = types.isEmpty() ? "object" : types.iterator().next();
        return switch (type) {
            case "string" -> JSON.textNode(string(schema, name));
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> JSON.numberNode(number(schema));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "array" -> array(schema, name, depth);
            default -> object(schema, depth, false);
        };
    }

    /** An object with every required property and, unless {@code minimal}, some of the others. */
    ObjectNode object(JsonNode schemaOrRef, int depth, boolean minimal) {
        JsonNode schema = document.resolve(schemaOrRef);
        ObjectNode object = JSON.objectNode();
        Set<String> required = required(schema);
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
             properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || !minimal && depth < 4 && random.nextBoolean()) {
                object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    /** A body the schema admits, then, by {@code breakage}, broken in one way. */
    JsonNode body(JsonNode schema, Breakage breakage) {
        JsonNode resolved = document.resolve(schema);
        ObjectNode object = object(resolved, 0, breakage == Breakage.MINIMAL);
        List<String> names = new ArrayList<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        switch (breakage) {
            case MISSING_REQUIRED -> {
                List<String> required = new ArrayList<>(required(resolved));
                if (!required.isEmpty()) {
                    object.remove(required.get(random.nextInt(required.size())));
                }
            }
            case WRONG_TYPE -> {
                if (!names.isEmpty()) {
                    String name = names.get(random.nextInt(names.size()));
                    object.set(name, wrongType(resolved.path("properties").path(name)));
                }
            }
            case UNKNOWN_FIELD -> object.put(random.nextBoolean() ? "zzUnknown" : "comment", "not a field");
            case ALL_NULL -> names.forEach(name -> object.set(name, JSON.nullNode()));
            case HOSTILE_TEXT -> {
                if (!names.isEmpty()) {
                    String name = names.get(random.nextInt(names.size()));
                    object.put(name, HOSTILE_TEXTS.get(random.nextInt(HOSTILE_TEXTS.size())));
                }
            }
            case EXTREME_NUMBER -> {
                if (!names.isEmpty()) {
                    String name = names.get(random.nextInt(names.size()));
                    object.set(name, extremeNumber());
                }
            }
            default -> {
            }
        }
        return object;
    }

    /** The ways a body is built: as the schema has it, or broken in one way. */
    enum Breakage {
        NONE, MINIMAL, MISSING_REQUIRED, WRONG_TYPE, UNKNOWN_FIELD, ALL_NULL, HOSTILE_TEXT, EXTREME_NUMBER
    }

    /** A text for a parameter or path value of this schema and name. */
    String string(JsonNode schemaOrRef, String name) {
        JsonNode schema = document.resolve(schemaOrRef);
        List<String> values = known.get(name);
        if (values != null && random.nextInt(10) < 8) {
            return values.get(random.nextInt(values.size()));
        }
        String format = schema.path("format").asText();
        if (format.equals("date-time")) {
            return Instant.parse("2018-01-01T00:00:00Z").plusSeconds(random.nextInt(400_000_000)).toString();
        }
        if (format.equals("date")) {
            return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(14_000)).toString();
        }
        if (format.equals("binary")) {
            return "binary";
        }
        int min = schema.path("minLength").asInt(0);
        int max = Math.min(schema.path("maxLength").asInt(40), 40);
        if (schema.has("maxLength") && random.nextInt(12) == 0) {
            // At the bound, or one past it.
            return "x".repeat(schema.get("maxLength").asInt() + random.nextInt(2));
        }
        int length = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder text = new StringBuilder();
        String alphabet = random.nextInt(5) == 0 ? "aé☃ 𝄞Z9-_." : "abcdefghijklmnopqrstuvwxyz0123456789 ";
        int[] points = alphabet.codePoints().toArray();
        while (text.codePointCount(0, text.length()) < length) {
            text.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return text.toString();
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 500;
        if (random.nextInt(8) == 0) {
            return random.nextBoolean() ? min - 1 : max + 1;
        }
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private BigDecimal number(JsonNode schema) {
        BigDecimal value = BigDecimal.valueOf(random.nextInt(200_000) - 20_000, random.nextInt(4));
        if (schema.has("maximum") && value.compareTo(schema.get("maximum").decimalValue()) > 0) {
            return schema.get("maximum").decimalValue();
        }
        return value;
    }

    private JsonNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int size = depth > 3 ? 0 : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(valid(schema.path("items"), name, depth + 1));
        }
        return array;
    }

    private JsonNode wrongType(JsonNode schemaOrRef) {
        JsonNode schema = document.resolve(schemaOrRef);
        Set<String> types = types(schema);
        if (types.contains("string") || schema.has("enum")) {
            return random.nextBoolean() ? JSON.numberNode(12) : JSON.textNode("NOT_ONE_OF_THEM");
        }
        if (types.contains("number") || types.contains("integer")) {
            return random.nextBoolean() ? JSON.textNode("twelve") : JSON.booleanNode(true);
        }
        if (types.contains("array")) {
            return JSON.objectNode().put("a", 1);
        }
        return random.nextBoolean() ? JSON.arrayNode().add(1) : JSON.textNode("an object, once");
    }

    private JsonNode extremeNumber() {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.numberNode(new BigDecimal("1e400"));
            case 1 -> JSON.numberNode(new BigDecimal("-1e-400"));
            case 2 -> JSON.numberNode(Long.MAX_VALUE);
            case 3 -> JSON.numberNode(new BigDecimal("1.1234567"));
            case 4 -> JSON.numberNode(-1);
            default -> JSON.numberNode(new BigDecimal("99999999999999999999999999999999.5"));
        };
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        }
        return types;
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }
}
