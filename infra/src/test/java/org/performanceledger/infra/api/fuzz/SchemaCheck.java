package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the document (the JSON Schema of OpenAPI 3.1, as far as the ledger's
 * description uses it: {@code $ref}, {@code type} as a word or a list, {@code enum}, {@code oneOf}, {@code anyOf},
 * {@code allOf}, {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, string lengths,
 * patterns and formats, number bounds) and says every way it differs.
 */
final class SchemaCheck {

    private final OpenApiDocument document;

    SchemaCheck(OpenApiDocument document) {
        this.document = document;
    }

    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> problems) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema == null || schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(value, part, at, problems));
        }
        if (schema.has("oneOf")) {
            long matching = count(value, schema.get("oneOf"), at);
            if (matching != 1) {
                problems.add(at + ": matches " + matching + " of oneOf, not exactly one");
            }
        }
        if (schema.has("anyOf") && count(value, schema.get("anyOf"), at) == 0) {
            problems.add(at + ": matches none of anyOf");
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value) || allowed.isNull() && value.isNull();
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
                return;
            }
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            problems.add(at + ": " + abbreviated(value) + " is not of type " + types);
            return;
        }
        if (value.isObject()) {
            checkObject(value, schema, at, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
            }
        } else if (value.isTextual()) {
            checkString(value.asText(), schema, at, problems);
        } else if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                problems.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                problems.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> problems) {
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                problems.add(at + ": the required property '" + name.asText() + "' is missing");
            }
        });
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                check(value.get(name), properties.get(name), at + "." + name, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.add(at + ": '" + name + "' is not a property of this schema");
            } else if (additional != null && additional.isObject()) {
                check(value.get(name), additional, at + "." + name, problems);
            }
        }
    }

    private static void checkString(String text, JsonNode schema, String at, List<String> problems) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            problems.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            problems.add(at + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            problems.add(at + ": '" + text + "' does not match " + schema.get("pattern").asText());
        }
        String format = schema.path("format").asText();
        try {
            if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            } else if (format.equals("date")) {
                LocalDate.parse(text);
            }
        } catch (DateTimeParseException notOfFormat) {
            problems.add(at + ": '" + text + "' is not a " + format);
        }
    }

    private long count(JsonNode value, JsonNode alternatives, String at) {
        long matching = 0;
        for (JsonNode alternative : alternatives) {
            List<String> found = new ArrayList<>();
            check(value, alternative, at, found);
            matching += found.isEmpty() ? 1 : 0;
        }
        return matching;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        }
        return types;
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.isNumber();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

}
