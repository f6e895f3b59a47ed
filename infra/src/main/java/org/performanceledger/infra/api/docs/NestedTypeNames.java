package org.performanceledger.infra.api.docs;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;

/**
 * Names the schema of a nested type as Java does, by its enclosing type: {@code MonthlyReport.Publication} (the
 * publication a report reproduces) and {@code Publications.Publication} (a request to publish) are two schemas,
 * where by their simple names they would be one, and one of them would be wrong.
 */
final class NestedTypeNames implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if ((type.getName() == null || type.getName().isBlank()) && raw.getEnclosingClass() != null
                && !raw.isEnum() && raw.getName().startsWith("org.performanceledger.")
                && !raw.isAnnotationPresent(io.swagger.v3.oas.annotations.media.Schema.class)) {
            type.name(nestedName(raw));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static String nestedName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : nestedName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }
}
