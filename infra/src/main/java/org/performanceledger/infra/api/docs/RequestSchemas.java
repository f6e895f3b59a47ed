package org.performanceledger.infra.api.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.http.MediaType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JSON request bodies admit no property they do not list ({@code additionalProperties: false}), nor do the objects
 * within them: the API refuses a field a request does not have, by name, rather than dropping it.
 */
final class RequestSchemas {

    private RequestSchemas() {
    }

    static void closeRequestBodies(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Deque<Schema<?>> toClose = new ArrayDeque<>();
        api.getPaths().values().stream()
                .flatMap(RequestSchemas::operations)
                .filter(operation -> operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null)
                .map(operation -> operation.getRequestBody().getContent().get(MediaType.APPLICATION_JSON_VALUE))
                .filter(Objects::nonNull)
                .forEach(json -> toClose.add(json.getSchema()));
        Set<Schema<?>> closed = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toClose.isEmpty()) {
            Schema<?> schema = toClose.pop();
            if (schema.get$ref() != null) {
                Schema<?> referenced = schemas.get(schema.get$ref().substring(ProblemSchemas.REF.length()));
                if (referenced != null) {
                    toClose.push(referenced);
                }
                continue;
            }
            if (!closed.add(schema)) {
                continue;
            }
            if (schema.getProperties() != null) {
                schema.setAdditionalProperties(false);
                schema.getProperties().values().forEach(toClose::push);
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull).flatMap(java.util.List::stream).forEach(toClose::push);
            if (schema.getItems() != null) {
                toClose.push(schema.getItems());
            }
        }
    }

    private static Stream<Operation> operations(PathItem path) {
        return Stream.of(path.getGet(), path.getPut(), path.getPost(), path.getDelete(), path.getPatch())
                .filter(Objects::nonNull);
    }
}
