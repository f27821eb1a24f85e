package app.casebook.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds and the figures a benchmark prints about them. */
final class Stats {

    private final long[] sorted;

    Stats(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double pMs(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
    }

    double maxMs() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%s p95=%s p99=%s max=%s ms", count(), ms(pMs(50)), ms(pMs(95)),
                ms(pMs(99)), ms(maxMs()));
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.3f" : "%.1f", ms);
    }

    static double median(double... values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
