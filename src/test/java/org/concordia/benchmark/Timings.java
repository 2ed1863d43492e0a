package org.concordia.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations of repeated operations, summarised as a benchmark reports them: count, median, p95, maximum. */
final class Timings {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void record(long startNanos) {
        nanos.add(System.nanoTime() - startNanos);
    }

    void recordMillis(double millis) {
        nanos.add((long) (millis * 1e6));
    }

    double percentileMillis(double percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    int count() {
        return nanos.size();
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d, median %.1f ms, p95 %.1f ms, max %.1f ms", count(),
                percentileMillis(50), percentileMillis(95), percentileMillis(100));
    }
}
