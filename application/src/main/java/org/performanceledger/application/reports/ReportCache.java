package org.performanceledger.application.reports;

import org.performanceledger.query.history.MonthlyReport;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.status.Status;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reports already drawn up, each for what the reports' view had taken in when it was read (its tracking tokens). A
 * report is a function of the view's documents, and those change only by taking in events, which changes the tokens
 * (the position, or a gap filled below it): so a report asked for again while the view has taken in the same events (a committee opening the same report, its PDF and its workbook) is the one drawn up
 * before, with only its moments brought up to date ({@link PerformanceReport#drawnUpAgainAt}). A view rebuilt beside
 * the live one and switched to holds, at the same position, the same documents (the rebuild's premise, tested), so a
 * switch needs no forgetting. Reports of an older position are dropped as soon as a newer one is seen; what is kept
 * is bounded by the indicators the reports hold, the least recently asked for going first.
 * <p>
 * Least recently asked for, not Caffeine's frequency-based admission: measured, that refused to keep a report asked
 * for twenty times in a row because the few large reports it held had been asked for more often before.
 */
final class ReportCache {

    /** Measured: about 3 KB of heap an indicator (a 1,000-indicator MPR 2.9 MB): some 20 MB at most in all. */
    static final int MOST_INDICATORS_KEPT = 6_000;

    /**
     * What a report was asked for, and where the view stood when it was read.
     *
     * @param asOf     null for "now"
     * @param position the view's position: reports of an older one are dropped
     * @param takenIn  what the view had taken in (its tracking tokens): the same position with a gap filled since
     *                 is another key
     */
    record Key(String kind, String organisationId, String period, Instant asOf, boolean targetsOfToday,
               Set<Status> detailed, long position, Object takenIn) {
    }

    private final Map<Key, Object> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, CompletableFuture<Object>> drawing = new ConcurrentHashMap<>();
    private long newestPosition = -1;
    private int indicatorsKept;

    /** The report for {@code key}, drawn up by {@code drawUp} unless it is kept; concurrent askers share one drawing. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> drawUp) {
        Object found = kept(key);
        if (found != null) {
            return (T) found;
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = drawing.putIfAbsent(key, mine);
        if (other != null) {
            return (T) awaited(other);
        }
        try {
            T report = drawUp.get();
            keep(key, report);
            mine.complete(report);
            return report;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            drawing.remove(key, mine);
        }
    }

    private synchronized Object kept(Key key) {
        if (key.position() > newestPosition) {
            newestPosition = key.position();
            forget(kept -> kept.position() < newestPosition);
        }
        return kept.get(key);
    }

    private synchronized void keep(Key key, Object report) {
        if (key.position() < newestPosition || kept.containsKey(key)) {
            return;
        }
        kept.put(key, report);
        indicatorsKept += weight(report);
        Iterator<Map.Entry<Key, Object>> eldest = kept.entrySet().iterator();
        while (indicatorsKept > MOST_INDICATORS_KEPT && eldest.hasNext()) {
            indicatorsKept -= weight(eldest.next().getValue());
            eldest.remove();
        }
    }

    private void forget(Predicate<Key> which) {
        Iterator<Map.Entry<Key, Object>> entries = kept.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, Object> entry = entries.next();
            if (which.test(entry.getKey())) {
                indicatorsKept -= weight(entry.getValue());
                entries.remove();
            }
        }
    }

    private static Object awaited(CompletableFuture<Object> drawing) {
        try {
            return drawing.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
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
