package org.performanceledger.query.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A projection's working set for the batch of events being handled: created at the batch's first event that the
 * projection handles, kept as a resource of the batch's unit of work, changed by each event, and stored in one flush.
 * <p>
 * The flush happens when the batch's last event has been handled ({@link FlushPendingWrites}, registered on every
 * processor), so a failed flush rolls the batch back before the processor stores its token: the token moves only
 * past events whose writes are stored. Should a processor lack that interceptor, the flush still happens when the
 * unit of work prepares to commit. Outside a unit of work (a projection called as a plain object) each event is a
 * batch of its own, stored at once.
 *
 * @param <W> the working set
 */
public final class BatchedWrites<W extends PendingWrites> {

    private final String key = PendingWrites.class.getName() + ":" + UUID.randomUUID();
    private final Function<List<? extends EventMessage<?>>, W> start;

    /**
     * @param start makes an empty working set for a batch, given all the batch's events, so it can fetch every
     *              document they touch at once
     */
    public BatchedWrites(Function<List<? extends EventMessage<?>>, W> start) {
        this.start = start;
    }

    /** Applies one event's change to the current batch's working set. */
    public void apply(EventMessage<?> event, Consumer<W> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            W alone = start.apply(List.of(event));
            change.accept(alone);
            alone.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        W pending = unitOfWork.getOrComputeResource(key, ignored -> {
            W created = start.apply(unitOfWork instanceof BatchingUnitOfWork<?> batch ? eventsOf(batch)
                    : List.of(event));
            unitOfWork.onPrepareCommit(committing -> created.flush());
            return created;
        });
        change.accept(pending);
    }

    private static List<? extends EventMessage<?>> eventsOf(BatchingUnitOfWork<?> batch) {
        return batch.getMessages().stream().filter(EventMessage.class::isInstance)
                .map(message -> (EventMessage<?>) message).toList();
    }
}
