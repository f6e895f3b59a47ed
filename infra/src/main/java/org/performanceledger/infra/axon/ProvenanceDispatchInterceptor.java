package org.performanceledger.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.performanceledger.events.ProvenanceKeys;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command with the request's correlation id and, unless its sender said otherwise, the source. Who sent
 * it, and in which role, the application layer states on every command it sends ({@code Ledger}).
 */
final class ProvenanceDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String DEFAULT_SOURCE = "api";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> provenance = new HashMap<>();
            provenance.put(ProvenanceKeys.SOURCE, DEFAULT_SOURCE);
            String correlationId = MDC.get(ProvenanceKeys.CORRELATION_ID);
            if (correlationId != null) {
                provenance.put(ProvenanceKeys.CORRELATION_ID, correlationId);
            }
            provenance.putAll(command.getMetaData());
            return command.andMetaData(provenance);
        };
    }
}
