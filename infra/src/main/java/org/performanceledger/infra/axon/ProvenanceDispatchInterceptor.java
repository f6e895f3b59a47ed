package org.performanceledger.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.infra.security.LedgerUserDetails;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command with who sent it (from the security context), the request's correlation id and the source.
 * Values a sender set explicitly (an import stating its file, a test) win over the defaults here; the user's
 * identity never does: it always comes from the authenticated principal when there is one.
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
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof LedgerUserDetails user) {
                provenance.put(ProvenanceKeys.USER_ID, user.getUsername());
                provenance.put(ProvenanceKeys.USER_NAME, user.displayName());
                provenance.put(ProvenanceKeys.ROLE, user.role());
            }
            return command.andMetaData(provenance);
        };
    }
}
