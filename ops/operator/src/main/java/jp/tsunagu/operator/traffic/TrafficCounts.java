package jp.tsunagu.operator.traffic;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

/**
 * Requests of one tenant over some minutes: how many, how many failed, and their latencies in fixed buckets. Counts
 * of several nodes or minutes add up ({@link #plus}), which is why latency is kept as a histogram and not as
 * percentiles: percentiles of parts do not make the percentile of the whole.
 */
public final class TrafficCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Upper bounds of the latency buckets in milliseconds; a last, open bucket holds everything slower. */
    static final long[] BOUNDS_MILLIS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000};

    public static final TrafficCounts NONE = new TrafficCounts(0, 0, 0, new long[BOUNDS_MILLIS.length + 1]);

    private final long requests;
    private final long clientErrors;
    private final long serverErrors;
    private final long[] latencyBuckets;

    private TrafficCounts(long requests, long clientErrors, long serverErrors, long[] latencyBuckets) {
        this.requests = requests;
        this.clientErrors = clientErrors;
        this.serverErrors = serverErrors;
        this.latencyBuckets = latencyBuckets;
    }

    /** One request: its HTTP status and how long it took. */
    public static TrafficCounts of(int status, long nanos) {
        long[] buckets = new long[BOUNDS_MILLIS.length + 1];
        buckets[bucketOf(nanos)] = 1;
        return new TrafficCounts(1, status >= 400 && status < 500 ? 1 : 0, status >= 500 ? 1 : 0, buckets);
    }

    static int bucketOf(long nanos) {
        double millis = nanos / 1_000_000.0;
        for (int i = 0; i < BOUNDS_MILLIS.length; i++) {
            if (millis <= BOUNDS_MILLIS[i]) {
                return i;
            }
        }
        return BOUNDS_MILLIS.length;
    }

    public TrafficCounts plus(TrafficCounts other) {
        long[] sum = latencyBuckets.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.latencyBuckets[i];
        }
        return new TrafficCounts(requests + other.requests, clientErrors + other.clientErrors,
                serverErrors + other.serverErrors, sum);
    }

    public long requests() {
        return requests;
    }

    public long clientErrors() {
        return clientErrors;
    }

    public long serverErrors() {
        return serverErrors;
    }

    /**
     * The latency below which the given share of requests finished, as the upper bound of its bucket (so "at most");
     * -1 without requests, and {@link Long#MAX_VALUE} when it lies in the open bucket above 30 s.
     */
    public long latencyAtMostMillis(double quantile) {
        if (requests == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(quantile * requests);
        long seen = 0;
        for (int i = 0; i < latencyBuckets.length; i++) {
            seen += latencyBuckets[i];
            if (seen >= rank) {
                return i < BOUNDS_MILLIS.length ? BOUNDS_MILLIS[i] : Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    /** As text, for other nodes: {@code requests,clientErrors,serverErrors,bucket;bucket;…}. */
    public String text() {
        StringBuilder text = new StringBuilder().append(requests).append(',').append(clientErrors).append(',')
                .append(serverErrors).append(',');
        for (int i = 0; i < latencyBuckets.length; i++) {
            text.append(i == 0 ? "" : ";").append(latencyBuckets[i]);
        }
        return text.toString();
    }

    /** Reads {@link #text()}; empty when it is not such a text (another release's, say). */
    public static Optional<TrafficCounts> parse(String text) {
        try {
            String[] parts = text.split(",", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            String[] buckets = parts[3].split(";", -1);
            if (buckets.length != BOUNDS_MILLIS.length + 1) {
                return Optional.empty();
            }
            long[] latency = new long[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                latency[i] = Long.parseLong(buckets[i]);
            }
            return Optional.of(new TrafficCounts(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), latency));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrafficCounts other && requests == other.requests && clientErrors == other.clientErrors
                && serverErrors == other.serverErrors && Arrays.equals(latencyBuckets, other.latencyBuckets);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(requests) * 31 + Arrays.hashCode(latencyBuckets);
    }

    @Override
    public String toString() {
        return "TrafficCounts[requests=" + requests + ", clientErrors=" + clientErrors + ", serverErrors=" + serverErrors + "]";
    }
}
