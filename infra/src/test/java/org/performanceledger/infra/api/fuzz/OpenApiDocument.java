package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An OpenAPI document as JSON: its operations, and its schemas with every {@code $ref} followed. */
record OpenApiDocument(JsonNode root) {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, path template and description. */
    record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(parameter -> {
                if (in.equals(parameter.path("in").asText())) {
                    found.add(parameter);
                }
            });
            return found;
        }

        /** The media types and schemas of the request body, in the order the document gives them. */
        JsonNode requestContent() {
            return node.path("requestBody").path("content");
        }

        boolean documents(int status) {
            return node.path("responses").has(String.valueOf(status)) || node.path("responses").has("default");
        }

        JsonNode response(int status) {
            JsonNode responses = node.path("responses");
            return responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                    : responses.path("default");
        }
    }

    /** Every operation, sorted by path and method, so a run's order (and so its seeds' effect) never changes. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(method, path.getKey(), path.getValue().get(method)));
                }
            }
        }
        operations.sort((a, b) -> (a.path() + " " + a.method()).compareTo(b.path() + " " + b.method()));
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names (followed until it is not a reference). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
            if (current instanceof MissingNode) {
                throw new IllegalStateException("The document names a schema it does not have: " + ref);
            }
        }
        return current;
    }
}
