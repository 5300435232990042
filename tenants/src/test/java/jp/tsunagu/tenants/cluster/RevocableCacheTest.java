package jp.tsunagu.tenants.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A node's cache of answers that a broadcast can make untrue. */
class RevocableCacheTest {

    static final Instant NOW = Instant.parse("2024-01-02T00:00:00Z");

    final MutableClock clock = new MutableClock();
    final AtomicBoolean quorate = new AtomicBoolean(true);
    final AtomicInteger loads = new AtomicInteger();
    final RevocableCache<String, String> cache = new RevocableCache<>(Duration.ofSeconds(30), 10, quorate::get, clock);

    @Test
    void anAnswerIsKeptUntilItsTimeToLiveOrItsOwnEndWhicheverComesFirst() {
        assertEquals("a1", cache.get("a", this::load));
        assertEquals("a1", cache.get("a", this::load));
        clock.now = NOW.plusSeconds(30);
        assertEquals("a2", cache.get("a", this::load), "the time to live is over");

        assertEquals("b3", cache.get("b", key -> new RevocableCache.Answer<>(key + loads.incrementAndGet(),
                Optional.of(clock.now.plusSeconds(5)))));
        clock.now = clock.now.plusSeconds(5);
        assertEquals("b4", cache.get("b", this::load), "the grant behind the answer expired");
    }

    @Test
    void anEvictionDropsTheMatchingAnswersOnly() {
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.evict("a"::equals);
        assertEquals("a3", cache.get("a", this::load));
        assertEquals("b2", cache.get("b", this::load));
    }

    @Test
    void anAnswerLoadedWhileAnEvictionHappenedIsNotKept() {
        assertEquals("a1", cache.get("a", key -> {
            cache.evict(key::equals); // the revocation arrives while the old state is being read
            return load(key);
        }));
        assertEquals("a2", cache.get("a", this::load));
    }

    @Test
    void withoutAQuorumEveryAnswerIsReadAgain() {
        quorate.set(false);
        assertEquals("a1", cache.get("a", this::load));
        assertEquals("a2", cache.get("a", this::load));
        assertEquals(0, cache.size());
    }

    private RevocableCache.Answer<String> load(String key) {
        return RevocableCache.Answer.of(key + loads.incrementAndGet());
    }

    static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
