package org.performanceledger.application.views;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for the views to catch up with the store, so a page shows a change just made. */
class ViewsCaughtUpTest {

    /** Views at the given positions, each call one step further on, against a store whose head is 10 (then 12). */
    private static final class Moving implements ViewAdministration {

        final AtomicInteger calls = new AtomicInteger();
        final List<Long> steps;

        Moving(List<Long> steps) {
            this.steps = steps;
        }

        @Override
        public List<ViewStatus> status() {
            int call = calls.getAndIncrement();
            long position = steps.get(Math.min(call, steps.size() - 1));
            long head = call == 0 ? 10 : 12; // written to meanwhile: only the head at the start is waited for
            List<ViewStatus> statuses = new ArrayList<>();
            statuses.add(new ViewStatus("register", true, 1, position, head, head - position, false, null,
                    position >= head, false));
            statuses.add(new ViewStatus("stopped", false, 0, 0, head, head, false, null, false, false));
            return statuses;
        }

        @Override
        public List<String> rebuild(String name) {
            return List.of();
        }
    }

    @Test
    void waitsUntilEveryRunningViewHasHandledWhatTheStoreHeldWhenAsked() throws InterruptedException {
        Moving views = new Moving(List.of(7L, 9L, 10L, 11L));

        assertThat(new Views(views).awaitCaughtUp(Duration.ofSeconds(5))).isTrue();
        assertThat(views.calls.get()).as("looked until the position reached 10, not 12").isEqualTo(3);
    }

    @Test
    void givesUpWhenItsPatienceRunsOut() throws InterruptedException {
        Moving views = new Moving(List.of(3L));

        assertThat(new Views(views).awaitCaughtUp(Duration.ofMillis(100))).isFalse();
        assertThat(views.calls.get()).isGreaterThan(1);
    }
}
