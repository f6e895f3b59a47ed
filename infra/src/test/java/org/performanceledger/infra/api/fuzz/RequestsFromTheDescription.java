package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import org.performanceledger.infra.api.fuzz.OpenApiDocument.Operation;
import org.springframework.web.util.UriUtils;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests for an operation, built from its description with a seeded {@link Random}: valid, odd and hostile. */
final class RequestsFromTheDescription {

    /**
     * Users who hold roles (performance and officer in every organisation, the auditor, the administrator), users
     * who hold them only elsewhere or may only read, nobody ("") and a wrong password ("!"); those who may do most
     * come up most, so that most requests reach the ledger's own rules.
     */
    private static final List<String> USERS = List.of("group-performance", "group-performance", "group-performance",
            "group-performance", "group-performance", "group-performance", "group-performance", "group-officer",
            "group-officer", "admin", "admin", "auditor", "scrutiny", "kent-officer", "", "!");

    /** Path segments as sent, already encoded: what a client should never send, and a few it may. */
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "", "%2e%2e", "..", ".", "%2F", "a%2Fb", "%5C", "%25", "x;y=1", "%3B", "%00", "%0A", "%09",
            "%C3%A9t%C3%A9", "%F0%9F%98%80", "%E2%80%AE", "%FF%FE", "%C0%AE", "%20", "CP%201.1%20",
            "%27%20OR%201%3D1", "%3Cscript%3E", "null", "-1", "x".repeat(300), "x".repeat(5_000),
            "x".repeat(9_000), "%E2%98%83".repeat(200));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final OpenApiDocument document;
    private final SchemaValues values;
    private final Random random;

    RequestsFromTheDescription(OpenApiDocument document, SchemaValues values, Random random) {
        this.document = document;
        this.values = values;
        this.random = random;
    }

    /**
     * The request number {@code index} of an operation. The first few are the same kinds for every operation, so
     * that each is tried at least once whatever the seed: an unreadable body sent by nobody and with a wrong
     * password (refused before the body is read, and the refusal must not trip over it), a body as the schema
     * has it sent by a user who may only read, and the fewest fields the schema needs sent by the performance team.
     * The rest are drawn at random.
     */
    LedgerClient.Request next(Operation operation, int index) {
        Body kind = switch (index) {
            case 0, 1 -> Body.UNREADABLE;
            case 2 -> Body.AS_THE_SCHEMA_HAS_IT;
            case 3 -> Body.FEWEST_FIELDS;
            default -> Body.ANY;
        };
        String path = path(operation);
        String query = query(operation);
        Map<String, String> headers = new LinkedHashMap<>();
        accept(operation, headers);
        operation.parameters("header").forEach(header -> {
            int pick = random.nextInt(10);
            if (pick < 3) {
                headers.put(header.get("name").asText(), UUID.nameUUIDFromBytes(
                        Long.toString(random.nextLong()).getBytes(StandardCharsets.UTF_8)).toString());
            } else if (pick == 3) {
                headers.put(header.get("name").asText(), random.nextBoolean() ? "same-key" : "k".repeat(300));
            }
        });
        byte[] body = body(operation, headers, kind);
        String user = switch (index) {
            case 0 -> "";
            case 1 -> "!";
            case 2 -> "scrutiny";
            case 3 -> "group-performance";
            default -> USERS.get(random.nextInt(USERS.size()));
        };
        return new LedgerClient.Request(operation.method().toUpperCase(), path + query,
                user.isEmpty() ? null : user.equals("!") ? "group-performance" : user,
                user.equals("!") ? LedgerClient.WRONG_PASSWORD : LedgerClient.PASSWORD, headers, body);
    }

    private String path(Operation operation) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        operation.parameters("path").forEach(parameter -> schemas.put(parameter.get("name").asText(),
                parameter.path("schema")));
        Matcher variables = PATH_VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        // One request in five has one hostile path value (which one, at random); the others name what is there.
        int hostile = schemas.isEmpty() || random.nextInt(5) > 0 ? -1 : random.nextInt(schemas.size());
        for (int index = 0; variables.find(); index++) {
            String name = variables.group(1);
            String segment = index == hostile ? HOSTILE_SEGMENTS.get(random.nextInt(HOSTILE_SEGMENTS.size()))
                    : UriUtils.encodePathSegment(values.string(schemas.getOrDefault(name, document.root()
                    .path("none")), name), StandardCharsets.UTF_8);
            variables.appendReplacement(path, Matcher.quoteReplacement(segment));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private String query(Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (!parameter.path("required").asBoolean() && random.nextBoolean()) {
                continue;
            }
            String name = parameter.get("name").asText();
            JsonNode schema = document.resolve(parameter.path("schema"));
            String type = schema.path("type").isTextual() ? schema.path("type").asText() : "string";
            String value = switch (random.nextInt(8)) {
                case 0 -> SchemaValues.HOSTILE_TEXTS.get(random.nextInt(SchemaValues.HOSTILE_TEXTS.size()));
                case 1 -> type.equals("integer") ? List.of("-1", "2147483648", "99999999999", "1e3", "0x10")
                        .get(random.nextInt(5)) : type.equals("boolean") ? "maybe" : "2019-02-30T25:00:00Z";
                default -> switch (type) {
                    case "integer" -> Integer.toString(List.of(0, 1, 2, 10, 100, 1000, 10_000)
                            .get(random.nextInt(7)));
                    case "boolean" -> Boolean.toString(random.nextBoolean());
                    default -> values.string(schema, name);
                };
            };
            pairs.add(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
                    + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** Mostly what the operation produces; sometimes any, none, or what it cannot produce. */
    private void accept(Operation operation, Map<String, String> headers) {
        List<String> produced = new ArrayList<>();
        operation.response(200).path("content").fieldNames().forEachRemaining(produced::add);
        operation.response(201).path("content").fieldNames().forEachRemaining(produced::add);
        int pick = random.nextInt(20);
        if (pick < 12 && !produced.isEmpty()) {
            headers.put("Accept", produced.get(random.nextInt(produced.size())));
        } else if (pick < 17) {
            return;
        } else {
            headers.put("Accept", List.of("*/*", "image/png", "text/html,application/xhtml+xml;q=0.9")
                    .get(pick - 17));
        }
    }

    /** The kinds of body: any, drawn at random; or one of those every operation is sent. */
    private enum Body { ANY, UNREADABLE, AS_THE_SCHEMA_HAS_IT, FEWEST_FIELDS }

    private byte[] body(Operation operation, Map<String, String> headers, Body kind) {
        JsonNode content = operation.requestContent();
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        if (content.has("multipart/form-data")) {
            return multipart(headers, kind);
        }
        JsonNode schema = content.path("application/json").path("schema");
        if (kind != Body.ANY) {
            headers.put("Content-Type", "application/json");
            return (kind == Body.UNREADABLE ? "{\"truncated\":" : values.body(schema, kind == Body.FEWEST_FIELDS
                    ? SchemaValues.Breakage.MINIMAL : SchemaValues.Breakage.NONE).toString())
                    .getBytes(StandardCharsets.UTF_8);
        }
        String type = switch (random.nextInt(20)) {
            case 0 -> "text/plain";
            case 1 -> "application/json;charset=ISO-8859-1";
            case 2 -> null;
            case 3 -> "application/xml";
            default -> "application/json";
        };
        if (type != null) {
            headers.put("Content-Type", type);
        }
        int pick = random.nextInt(24);
        if (pick < 2) {
            return List.of("", "{", "[]", "42", "\"text\"", "{\"a\":", "[".repeat(5_000), "\uFEFF{}")
                    .get(random.nextInt(8)).getBytes(StandardCharsets.UTF_8);
        }
        SchemaValues.Breakage breakage = pick < 12 ? SchemaValues.Breakage.NONE
                : SchemaValues.Breakage.values()[1 + random.nextInt(SchemaValues.Breakage.values().length - 1)];
        return values.body(schema, breakage).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart body of 'file' parts: a CSV as the import reads it, nonsense, nothing, or not multipart. */
    private byte[] multipart(Map<String, String> headers, Body kind) {
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        int pick = kind == Body.UNREADABLE ? 0 : kind == Body.ANY ? random.nextInt(10) : 5;
        if (pick == 0) {
            headers.put("Content-Type", "multipart/form-data");
            return "no boundary".getBytes(StandardCharsets.UTF_8);
        }
        if (pick == 1) {
            headers.put("Content-Type", "application/json");
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int files = pick == 2 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < files; i++) {
            String name = List.of("values.csv", "indicators.csv", "targets.csv", "book.xlsx", "x.txt", "")
                    .get(random.nextInt(6));
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (pick == 3 ? "other" : "file")
                    + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            write(body, List.of(
                    "Organisation,MPR Code,Period,Value\r\nsouthend,CP 1.1,2019-02,81.5\r\n",
                    "Code,Short Name,Polarity\r\nFZ 7,Fuzzed,MAXIMISE\r\n",
                    "MPR Code,Period,Value\r\nCP 1.1,2019-02,=1+1\r\n",
                    "", "\u0000\u0001\u0002 not a csv", "PK\u0003\u0004 not a workbook",
                    "a,b,c\r\n\"unterminated\r\n").get(random.nextInt(7)));
            write(body, "\r\n");
        }
        write(body, pick == 4 ? "--" + boundary : "--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
