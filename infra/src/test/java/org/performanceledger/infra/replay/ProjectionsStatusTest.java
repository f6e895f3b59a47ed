package org.performanceledger.infra.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.infra.eventstore.LedgerEventStorageEngine;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A live processor that holds no segment for a moment (paused while readers switch to a rebuilt view, or started
 * again and not yet claiming its segments) is where it was, not at 0 and the whole store behind.
 */
class ProjectionsStatusTest {

    private static final String DIRECTORY = "organisation-directory";

    @Test
    void aProcessorHoldingNoSegmentKeepsItsLastPosition() {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(DIRECTORY, processor));
        LedgerEventStorageEngine store = mock(LedgerEventStorageEngine.class);
        when(store.highestAllocatedIndex()).thenReturn(608L);
        EventTrackerStatus atTheHead = mock(EventTrackerStatus.class);
        when(atTheHead.getCurrentPosition()).thenReturn(OptionalLong.of(608));
        when(atTheHead.isCaughtUp()).thenReturn(true);
        when(processor.processingStatus()).thenReturn(Map.of(0, atTheHead));
        when(processor.isRunning()).thenReturn(true);
        Projections projections = new Projections(processing, null, store,
                List.of(new Projections.View(DIRECTORY, null, target -> new Object(), List.of())), 100,
                name -> OptionalLong.empty(), null);

        assertThat(projections.status()).singleElement().satisfies(view -> {
            assertThat(view.position()).isEqualTo(608);
            assertThat(view.caughtUp()).isTrue();
        });

        when(processor.processingStatus()).thenReturn(Map.of());
        when(processor.isRunning()).thenReturn(false);
        ViewStatus paused = projections.status().get(0);

        assertThat(paused.position()).as("where it paused").isEqualTo(608);
        assertThat(paused.behind()).isZero();
        assertThat(paused.caughtUp()).as("not caught up while it holds no segment").isFalse();
    }

    @Test
    void aViewAnotherNodeBuildsIsCurrentOnceTheOtherNodesPositionReachesTheHead() {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(DIRECTORY, processor));
        LedgerEventStorageEngine store = mock(LedgerEventStorageEngine.class);
        when(store.highestAllocatedIndex()).thenReturn(608L);
        when(processor.processingStatus()).thenReturn(Map.of());
        when(processor.isRunning()).thenReturn(true);
        Map<String, OptionalLong> builtElsewhere = new java.util.HashMap<>(Map.of(DIRECTORY, OptionalLong.of(600)));
        Projections projections = new Projections(processing, null, store,
                List.of(new Projections.View(DIRECTORY, null, target -> new Object(), List.of())), 100,
                builtElsewhere::get, null);

        ViewStatus behind = projections.status().get(0);
        assertThat(behind.position()).isEqualTo(600);
        assertThat(behind.caughtUp()).isFalse();

        builtElsewhere.put(DIRECTORY, OptionalLong.of(608));
        assertThat(projections.status().get(0).caughtUp()).as("the other node has reached the head").isTrue();
    }

    @Test
    void whatAViewHasTakenInChangesWhenALateEventFillsAGapAtTheSamePositionAndIsUnknownWhileItHoldsNoSegment() {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(DIRECTORY, processor));
        EventTrackerStatus withAGap = mock(EventTrackerStatus.class);
        when(withAGap.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(608, List.of(600L)));
        EventTrackerStatus gapFilled = mock(EventTrackerStatus.class);
        when(gapFilled.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(608, List.of()));
        EventTrackerStatus sameAgain = mock(EventTrackerStatus.class);
        when(sameAgain.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(608, List.of()));
        Projections projections = new Projections(processing, null, mock(LedgerEventStorageEngine.class),
                List.of(new Projections.View(DIRECTORY, null, target -> new Object(), List.of())), 100,
                name -> OptionalLong.empty(), null);

        when(processor.processingStatus()).thenReturn(Map.of(0, withAGap));
        Object beforeTheGapFilled = projections.takenIn(DIRECTORY).orElseThrow();
        when(processor.processingStatus()).thenReturn(Map.of(0, gapFilled));
        Object afterIt = projections.takenIn(DIRECTORY).orElseThrow();
        when(processor.processingStatus()).thenReturn(Map.of(0, sameAgain));

        assertThat(afterIt).isNotEqualTo(beforeTheGapFilled);
        assertThat(projections.takenIn(DIRECTORY)).contains(afterIt);
        when(processor.processingStatus()).thenReturn(Map.of());
        assertThat(projections.takenIn(DIRECTORY)).as("paused, or held by another node").isEmpty();
        assertThat(projections.takenIn("no-such-view")).isEmpty();
    }
}
