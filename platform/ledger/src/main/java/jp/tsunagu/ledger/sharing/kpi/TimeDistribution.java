package jp.tsunagu.ledger.sharing.kpi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long something took, over many events: count, percentiles by nearest rank (the smallest time at least that
 * share of events took no longer than), the maximum, and a histogram with fixed buckets so that two periods or two
 * prefectures compare bucket by bucket. Times in milliseconds; percentiles and maximum are null when nothing was
 * measured.
 */
public record TimeDistribution(long count, Long p50Millis, Long p90Millis, Long p99Millis, Long maxMillis,
                               List<Bucket> histogram) {

    /** Upper bounds of the buckets (inclusive); a last bucket holds everything longer. */
    static final List<Duration> BOUNDS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7));

    /** Events that took at most {@code upTo} (ISO-8601 duration) and more than the previous bucket; null: longer. */
    public record Bucket(String upTo, Long upToMillis, long count) {
    }

    public TimeDistribution {
        histogram = List.copyOf(histogram);
    }

    public static TimeDistribution of(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        if (sorted.length > 0 && sorted[0] < 0) {
            throw new IllegalArgumentException("a time is never negative");
        }
        long[] counts = new long[BOUNDS.size() + 1];
        int bucket = 0;
        for (long value : sorted) {
            while (bucket < BOUNDS.size() && value > BOUNDS.get(bucket).toMillis()) {
                bucket++;
            }
            counts[bucket]++;
        }
        List<Bucket> histogram = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            Duration bound = i < BOUNDS.size() ? BOUNDS.get(i) : null;
            histogram.add(new Bucket(bound == null ? null : bound.toString(), bound == null ? null : bound.toMillis(),
                    counts[i]));
        }
        if (sorted.length == 0) {
            return new TimeDistribution(0, null, null, null, null, histogram);
        }
        return new TimeDistribution(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1], histogram);
    }

    // Nearest rank: the value at position ceil(p/100 * n), counted from 1 (in integers: no rounding error).
    private static long rank(long[] sorted, int percent) {
        long position = ((long) percent * sorted.length + 99) / 100;
        return sorted[(int) Math.max(position, 1) - 1];
    }
}
