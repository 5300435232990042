package jp.tsunagu.tenants.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A node-local cache of answers that a {@link ClusterSignal} can make untrue: each entry lives at most its time to
 * live (or less, when the answer says until when it holds), is dropped by {@link #evict} when a broadcast says so,
 * and is not used at all while the node is not {@code trusted} (it does not see a quorum: broadcasts may not reach
 * it). An answer loaded while an eviction happened is returned but not kept: it may predate what was evicted.
 */
public final class RevocableCache<K, V> {

    /** An answer and, when it stops holding by itself (an expiry), until when. */
    public record Answer<V>(V value, Optional<Instant> holdsUntil) {

        public static <V> Answer<V> of(V value) {
            return new Answer<>(value, Optional.empty());
        }
    }

    private record Entry<V>(V value, Instant until) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private final Duration timeToLive;
    private final int maxEntries;
    private final BooleanSupplier trusted;
    private final Clock clock;

    public RevocableCache(Duration timeToLive, int maxEntries, BooleanSupplier trusted, Clock clock) {
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.maxEntries = maxEntries;
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public V get(K key, Function<K, Answer<V>> load) {
        Instant now = clock.instant();
        if (!trusted.getAsBoolean()) {
            return load.apply(key).value();
        }
        Entry<V> cached = entries.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.value();
        }
        long before = evictions.get();
        Answer<V> answer = load.apply(key);
        Instant until = answer.holdsUntil().filter(end -> end.isBefore(now.plus(timeToLive))).orElse(now.plus(timeToLive));
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(answer.value(), until));
        if (evictions.get() != before) {
            entries.remove(key);
        }
        return answer.value();
    }

    /** Drops the entries whose key matches. */
    public void evict(Predicate<K> which) {
        evictions.incrementAndGet();
        entries.keySet().removeIf(which);
    }

    public void clear() {
        evict(key -> true);
    }

    int size() {
        return entries.size();
    }
}
