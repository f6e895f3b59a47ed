package org.performanceledger.infra.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The projections' event processors: where each stands, and replaying them. A replay stops the processor, resets
 * its tokens to the start of the store (its reset handler empties its view) and starts it again; it then rebuilds
 * its view from every event, each handled once as at first.
 */
public class Projections {

    private final EventProcessingConfiguration processing;
    private final LedgerEventStorageEngine store;

    public Projections(EventProcessingConfiguration processing, LedgerEventStorageEngine store) {
        this.processing = processing;
        this.store = store;
    }

    public List<ProcessorStatus> status() {
        long head = store.highestAllocatedIndex();
        List<ProcessorStatus> statuses = new ArrayList<>();
        processors().forEach((name, processor) -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            long position = segments.values().stream()
                    .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0);
            boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
            // Axon keeps a replay flagged until an event beyond the reset position arrives; reaching the head is
            // what matters here.
            boolean caughtUp = !segments.isEmpty() && position >= head
                    && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
            statuses.add(new ProcessorStatus(name, processor.isRunning(), segments.size(), position, head,
                    Math.max(0, head - position), replaying, caughtUp));
        });
        statuses.sort(Comparator.comparing(ProcessorStatus::name));
        return statuses;
    }

    /** Replays one projection, or every one when {@code name} is null; returns the names replayed. */
    public List<String> replay(String name) {
        List<String> replayed = new ArrayList<>();
        processors().forEach((processorName, processor) -> {
            if (name == null || name.equals(processorName)) {
                processor.shutDown();
                processor.resetTokens();
                processor.start();
                replayed.add(processorName);
            }
        });
        if (name != null && replayed.isEmpty()) {
            throw new UnknownProjectionException("No projection '" + name + "'; there are "
                    + processors().keySet());
        }
        return replayed;
    }

    /** A replay asked for a projection that does not exist. */
    public static class UnknownProjectionException extends RuntimeException {

        UnknownProjectionException(String message) {
            super(message);
        }
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                streaming.put(name, streamingProcessor);
            }
        });
        return streaming;
    }
}
