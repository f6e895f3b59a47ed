package org.performanceledger.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of many requests, and their percentiles in milliseconds. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long took) {
        nanos.add(took);
    }

    int count() {
        return nanos.size();
    }

    double p50() {
        return percentile(0.50);
    }

    double p95() {
        return percentile(0.95);
    }

    double max() {
        return percentile(1.0);
    }

    double mean() {
        synchronized (nanos) {
            return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }
    }

    /** The smallest duration at least {@code fraction} of the requests took no longer than, in milliseconds. */
    double percentile(double fraction) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%,d p50 %.1f ms, p95 %.1f ms, max %.1f ms", count(), p50(), p95(), max());
    }
}
