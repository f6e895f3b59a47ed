package org.performanceledger.application.reports;

import org.junit.jupiter.api.Test;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.history.ReportRow;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the report cache keeps, for how long, and how concurrent askers share one drawing-up. */
class ReportCacheTest {

    private final ReportCache cache = new ReportCache();
    private final AtomicInteger drawn = new AtomicInteger();

    @Test
    void theLeastRecentlyAskedForGoesFirstOnceTheIndicatorsKeptPassTheBound() {
        int perReport = ReportCache.MOST_INDICATORS_KEPT / 3;
        cache.get(key("a", 7), () -> report(perReport));
        cache.get(key("b", 7), () -> report(perReport));
        cache.get(key("a", 7), () -> report(perReport));
        cache.get(key("c", 7), () -> report(perReport));
        drawn.set(0);

        cache.get(key("a", 7), () -> report(perReport));
        cache.get(key("c", 7), () -> report(perReport));
        assertThat(drawn).as("a and c kept").hasValue(0);
        cache.get(key("b", 7), () -> report(perReport));
        assertThat(drawn).as("b, asked for least recently, went").hasValue(1);
    }

    @Test
    void reportsOfAnOlderPositionAreForgottenOnceANewerOneIsSeen() {
        cache.get(key("a", 7), () -> report(1));
        cache.get(key("b", 8), () -> report(1));
        drawn.set(0);

        cache.get(key("a", 7), () -> report(1));

        assertThat(drawn).hasValue(1);
    }

    @Test
    void askersAtOnceShareOneDrawingUpAndAFailedOneIsNotKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            List<Future<MonthlyReport>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(askers.submit(() -> cache.get(key("slow", 9), () -> {
                    await(release);
                    return report(5);
                })));
            }
            Thread.sleep(200);
            release.countDown();
            MonthlyReport first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<MonthlyReport> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            askers.shutdownNow();
        }
        assertThat(drawn).hasValue(1);

        assertThatThrownBy(() -> cache.get(key("broken", 9), () -> {
            throw new IllegalStateException("view unreadable");
        })).hasMessage("view unreadable");
        assertThat(cache.get(key("broken", 9), () -> report(1)).indicators()).hasSize(1);
    }

    private MonthlyReport report(int indicators) {
        drawn.incrementAndGet();
        return new MonthlyReport("southend", "2019-01", Instant.EPOCH, null,
                Collections.nCopies(indicators, (ReportRow) null), List.of(), List.of(), List.of());
    }

    private static ReportCache.Key key(String period, long position) {
        return new ReportCache.Key("monthly", "southend", period, null, false, Set.of(), position, List.of(position));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
