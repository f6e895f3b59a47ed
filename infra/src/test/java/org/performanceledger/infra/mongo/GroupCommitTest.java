package org.performanceledger.infra.mongo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent callers share commits, and none returns before a commit that began after its writes. */
class GroupCommitTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 25;

    @Test
    void writersArrivingDuringACommitShareTheNextOneAndEachReturnsOnlyOnceItsWriteIsCommitted() throws Exception {
        AtomicLong applied = new AtomicLong();
        AtomicLong durable = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            long covered = applied.get(); // what this commit includes: every write applied before it began
            commits.incrementAndGet();
            sleep(5); // a forced write of the disk
            durable.accumulateAndGet(covered, Math::max);
        });
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            results.add(writers.submit(() -> {
                start.await();
                int uncovered = 0;
                for (int i = 0; i < WRITES_EACH; i++) {
                    long mine = applied.incrementAndGet();
                    group.commit();
                    if (durable.get() < mine) {
                        uncovered++;
                    }
                }
                return uncovered;
            }));
        }
        start.countDown();
        int uncovered = 0;
        for (Future<Integer> result : results) {
            uncovered += result.get();
        }
        writers.shutdown();

        assertThat(uncovered).as("calls that returned before their write was committed").isZero();
        assertThat(commits.get()).as("commits for %d calls", WRITERS * WRITES_EACH)
                .isLessThan(WRITERS * WRITES_EACH / 2);
    }

    @Test
    void aFailedCommitCoversNobodyAndTheNextCallerCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(group::commit).hasMessage("disk full");
        group.commit();

        assertThat(attempts).hasValue(2);
    }

    @Test
    void aLoneCallerCommitsEveryTime() {
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(commits::incrementAndGet);

        group.commit();
        group.commit();

        assertThat(commits).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
