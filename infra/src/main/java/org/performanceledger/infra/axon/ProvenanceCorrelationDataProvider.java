package org.performanceledger.infra.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.performanceledger.events.ProvenanceKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries provenance from a command onto every event it causes: who, in what role, from which source, the
 * idempotency key, and the request's correlation id (Axon's own provider would replace that with a message id).
 * {@code causationId} names the message that caused the event.
 */
final class ProvenanceCorrelationDataProvider implements CorrelationDataProvider {

    static final String CAUSATION_ID = "causationId";
    private static final List<String> COPIED = List.of(ProvenanceKeys.USER_ID, ProvenanceKeys.USER_NAME,
            ProvenanceKeys.ROLE, ProvenanceKeys.SOURCE, ProvenanceKeys.IMPORT_FILE, ProvenanceKeys.IMPORT_CHECKSUM,
            ProvenanceKeys.IDEMPOTENCY_KEY);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(ProvenanceKeys.CORRELATION_ID,
                message.getMetaData().getOrDefault(ProvenanceKeys.CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
