package org.performanceledger.infra.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no {@code spring.data.mongodb.uri} (or SPRING_DATA_MONGODB_URI) is set: the embedded server is used. */
class NoMongoUriConfigured implements Condition {

    static final String URI_PROPERTY = "spring.data.mongodb.uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
    }
}
