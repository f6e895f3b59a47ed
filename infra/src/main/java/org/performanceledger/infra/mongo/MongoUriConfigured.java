package org.performanceledger.infra.mongo;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code spring.data.mongodb.uri} is set: the ledger talks to that MongoDB and starts no server. */
class MongoUriConfigured extends NoMongoUriConfigured {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
