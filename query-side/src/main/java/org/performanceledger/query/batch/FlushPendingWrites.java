package org.performanceledger.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;

/**
 * Stores every projection's {@link PendingWrites} as soon as the last event of a batch has been handled.
 * <p>
 * Axon's streaming processors store their token when the batch's unit of work prepares to commit, with a handler
 * registered before any event handler runs, so a flush registered from an event handler would come after it. Run as
 * the processor's handler interceptor, the flush happens while the batch is still being processed: when it fails,
 * the unit of work rolls back, the token stays where it was, and the processor handles the batch again.
 */
public final class FlushPendingWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            List<PendingWrites> pending = unitOfWork.resources().values().stream()
                    .filter(PendingWrites.class::isInstance).map(PendingWrites.class::cast).toList();
            pending.forEach(PendingWrites::flush);
        }
        return result;
    }
}
