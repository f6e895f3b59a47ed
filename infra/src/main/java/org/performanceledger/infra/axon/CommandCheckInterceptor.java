package org.performanceledger.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.performanceledger.application.CanonicalInput;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Every command, whoever sends it (the application layer, an import, a test), first has its text made canonical
 * ({@link CanonicalInput}: NFC, no control characters or unpaired surrogates, bounded), then is checked against its
 * Jakarta constraints. One interceptor doing both in that order, so lengths are measured on the text that is kept.
 */
final class CommandCheckInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final BeanValidationInterceptor<CommandMessage<?>> constraints = new BeanValidationInterceptor<>();

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> validation = constraints.handle(messages);
        return (index, command) -> validation.apply(index, canonical(command));
    }

    private static CommandMessage<?> canonical(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Object canonical = CanonicalInput.of(payload);
        if (canonical == payload) {
            return command;
        }
        return new GenericCommandMessage<>(new GenericMessage<>(command.getIdentifier(), canonical,
                command.getMetaData()), command.getCommandName());
    }
}
