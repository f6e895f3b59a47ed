package org.performanceledger.application.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.status.Status;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reports already drawn up, each for the position of the reports' view it was read at. A report is a function of the
 * view's documents, and those change only by taking in events, which moves the position: so a report asked for
 * again at the same position (a committee opening the same report, its PDF and its workbook) is the one drawn up
 * before, with only its moments brought up to date ({@link PerformanceReport#drawnUpAgainAt}). A view rebuilt beside
 * the live one and switched to holds, at the same position, the same documents (the rebuild's premise, tested), so a
 * switch needs no forgetting. Reports of an older position are dropped as soon as a newer one is seen, and what is
 * kept is bounded by the indicators the reports hold, so a few reports of a large organisation fit beside the rest
 * of a small heap.
 */
final class ReportCache {

    /** About 20 KB of heap an indicator, with its 24 months of Section 3: at most some 60 MB in all. */
    static final int MOST_INDICATORS_KEPT = 3_000;

    /**
     * What a report was asked for, and the view's position when it was read.
     *
     * @param asOf null for "now"
     */
    record Key(String kind, String organisationId, String period, Instant asOf, boolean targetsOfToday,
               Set<Status> detailed, long position) {
    }

    private final Cache<Key, Object> reports = Caffeine.newBuilder()
            .maximumWeight(MOST_INDICATORS_KEPT)
            .weigher((Key key, Object report) -> weight(report))
            .build();
    private final AtomicLong newestPosition = new AtomicLong(-1);

    /** The report for {@code key}, drawn up by {@code drawUp} unless it is kept; concurrent askers share one drawing. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> drawUp) {
        if (newestPosition.getAndAccumulate(key.position(), Math::max) < key.position()) {
            reports.asMap().keySet().removeIf(kept -> kept.position() < key.position());
        }
        return (T) reports.get(key, asked -> drawUp.get());
    }

    private static int weight(Object report) {
        if (report instanceof PerformanceReport performance) {
            return 1 + performance.indicators().size();
        }
        if (report instanceof MonthlyReport monthly) {
            return 1 + monthly.indicators().size();
        }
        return 1;
    }
}
