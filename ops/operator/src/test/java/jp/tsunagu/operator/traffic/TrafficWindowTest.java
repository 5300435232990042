package jp.tsunagu.operator.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TrafficWindowTest {

    static final Instant NOON = Instant.parse("2024-01-02T03:00:00Z");
    static final long MS = 1_000_000;

    @Test
    void requestsOfTheLastFiveMinutesAreCountedPerTenantWithTheirErrors() {
        TrafficWindow window = new TrafficWindow();
        window.record("17", 200, 3 * MS, NOON);
        window.record("17", 404, 3 * MS, NOON.plusSeconds(70));
        window.record("17", 503, 3 * MS, NOON.plusSeconds(130));
        window.record("16", 200, 3 * MS, NOON);

        Map<String, TrafficCounts> recent = window.recent(NOON.plusSeconds(140));
        assertEquals(3, recent.get("17").requests());
        assertEquals(1, recent.get("17").clientErrors());
        assertEquals(1, recent.get("17").serverErrors());
        assertEquals(1, recent.get("16").requests());
    }

    @Test
    void minutesOlderThanTheWindowAreForgottenEvenWhenNothingOverwroteThem() {
        TrafficWindow window = new TrafficWindow();
        window.record("17", 200, MS, NOON);
        window.record("17", 200, MS, NOON.plus(Duration.ofMinutes(4)));
        assertEquals(2, window.recent(NOON.plus(Duration.ofMinutes(4))).get("17").requests());
        assertEquals(1, window.recent(NOON.plus(Duration.ofMinutes(5))).get("17").requests(), "the first minute left");
        assertFalse(window.recent(NOON.plus(Duration.ofMinutes(9))).containsKey("17"), "a quiet tenant is not listed");
    }

    @Test
    void aSlotOfTheSameRingPositionFromAnEarlierRoundIsReplacedNotAdded() {
        TrafficWindow window = new TrafficWindow();
        window.record("17", 200, MS, NOON);
        window.record("17", 200, MS, NOON.plus(Duration.ofMinutes(5)));
        assertEquals(1, window.recent(NOON.plus(Duration.ofMinutes(5))).get("17").requests());
    }

    @Test
    void latencyPercentilesOfSeveralNodesAreThoseOfAllTheirRequests() {
        TrafficCounts fast = TrafficCounts.NONE;
        for (int i = 0; i < 98; i++) {
            fast = fast.plus(TrafficCounts.of(200, 4 * MS));
        }
        TrafficCounts slow = TrafficCounts.of(200, 150 * MS).plus(TrafficCounts.of(200, 1_500 * MS));
        TrafficCounts cluster = fast.plus(slow);
        assertEquals(5, cluster.latencyAtMostMillis(0.5));
        assertEquals(200, cluster.latencyAtMostMillis(0.99), "the 99th of 100 is the 150 ms request");
        assertEquals(2_000, cluster.latencyAtMostMillis(1.0));
        assertEquals(Long.MAX_VALUE, TrafficCounts.of(200, 40_000 * MS).latencyAtMostMillis(0.5), "slower than every bound");
    }

    @Test
    void aTenantWithoutRequestsHasNoLatency() {
        TenantTraffic none = TenantTraffic.of(TrafficCounts.NONE);
        assertEquals(0, none.requestsPerMinute());
        assertNull(none.latencyP50AtMostMs());
        TenantTraffic some = TenantTraffic.of(TrafficCounts.of(500, MS).plus(TrafficCounts.of(200, MS)));
        assertEquals(0.4, some.requestsPerMinute(), 1e-9);
        assertEquals(0.5, some.serverErrorRate(), 1e-9);
    }
}
