package org.performanceledger.application;

import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.application.access.Caller;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * How the application services reach the command and query sides: a command goes with who sent it, in which role,
 * from which door and with which idempotency key (its text is made canonical on the way, {@link CanonicalInput});
 * whatever refuses it comes back as a {@link LedgerRejection} or an {@link InvalidRequest}, never as a framework
 * exception.
 */
public class Ledger {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Ledger(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a command and waits for it, recorded as the caller's, acting in {@code role}. */
    public void send(Caller caller, String role, Object command) {
        send(caller, role, command, Map.of());
    }

    /**
     * As {@link #send(Caller, String, Object)}, for a command to an aggregate that must exist already: when it does
     * not, the refusal is {@code notFound}'s.
     */
    public void send(Caller caller, String role, Object command, Supplier<LedgerRejection> notFound) {
        try {
            send(caller, role, command);
        } catch (AggregateNotFoundException missing) {
            throw notFound.get();
        }
    }

    /** As {@link #send(Caller, String, Object)}, with more provenance (an import's file and checksum). */
    public void send(Caller caller, String role, Object command, Map<String, Object> provenance) {
        Map<String, Object> metaData = new HashMap<>(provenance);
        metaData.put(ProvenanceKeys.USER_ID, caller.user().username());
        metaData.put(ProvenanceKeys.USER_NAME, caller.user().displayName());
        metaData.put(ProvenanceKeys.ROLE, role);
        metaData.putIfAbsent(ProvenanceKeys.SOURCE, caller.channel().source());
        if (caller.idempotencyKey() != null) {
            metaData.put(ProvenanceKeys.IDEMPOTENCY_KEY, caller.idempotencyKey());
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        } catch (JSR303ViolationException invalid) {
            throw invalidRequest(invalid);
        } catch (ConcurrencyException race) {
            throw concurrentChange();
        } catch (CommandExecutionException failed) {
            throw unwrapped(failed);
        }
    }

    public <R> R query(Object query, Class<R> answer) {
        try {
            return queries.query(query, answer).join();
        } catch (CompletionException failed) {
            throw unwrapped(failed);
        }
    }

    public <R> R query(Object query, ResponseType<R> answer) {
        try {
            return queries.query(query, answer).join();
        } catch (CompletionException failed) {
            throw unwrapped(failed);
        }
    }

    /** A definition travels whole in commands but sits flat beside the code in requests: name its fields so. */
    static InvalidRequest invalidRequest(JSR303ViolationException invalid) {
        List<InvalidRequest.Violation> violations = invalid.getViolations().stream()
                .map(Ledger::violation)
                .sorted(Comparator.comparing(InvalidRequest.Violation::field)
                        .thenComparing(InvalidRequest.Violation::rule))
                .toList();
        return new InvalidRequest(violations);
    }

    private static InvalidRequest.Violation violation(ConstraintViolation<?> violation) {
        return new InvalidRequest.Violation(
                violation.getPropertyPath().toString().replaceFirst("^(definition|change)\\.", ""),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }

    private static LedgerRejection concurrentChange() {
        return new LedgerRejection(LedgerErrorCode.CONCURRENT_CHANGE, null,
                "Someone else changed the same record at the same moment; nothing was recorded. Retry the request.");
    }

    private static RuntimeException unwrapped(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerRejection rejection) {
                return rejection;
            }
            if (cause instanceof InvalidRequest invalid) {
                return invalid;
            }
            if (cause instanceof JSR303ViolationException invalid) {
                return invalidRequest(invalid);
            }
            if (cause instanceof ConcurrencyException) {
                return concurrentChange();
            }
            if (cause instanceof AggregateNotFoundException missing) {
                return missing;
            }
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
