package jp.tsunagu.ledger.sharing.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class TimeDistributionTest {

    @Test
    void percentilesAreNearestRanksOfTheSortedTimes() {
        // 1..100 seconds in shuffled order: p50 is the 50th, p90 the 90th, p99 the 99th.
        long[] millis = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * 1000).toArray();
        TimeDistribution distribution = TimeDistribution.of(millis);
        assertEquals(100, distribution.count());
        assertEquals(50_000, distribution.p50Millis());
        assertEquals(90_000, distribution.p90Millis());
        assertEquals(99_000, distribution.p99Millis());
        assertEquals(100_000, distribution.maxMillis());
    }

    @Test
    void aPercentileOfFewTimesIsOneOfThemNeverAnInterpolation() {
        TimeDistribution ten = TimeDistribution.of(new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        assertEquals(50, ten.p50Millis());
        assertEquals(90, ten.p90Millis());
        assertEquals(100, ten.p99Millis());
        TimeDistribution one = TimeDistribution.of(new long[] {7});
        assertEquals(7, one.p50Millis());
        assertEquals(7, one.p99Millis());
    }

    @Test
    void bucketsHoldTimesUpToTheirBoundInclusiveAndTheLastEverythingLonger() {
        long day = 86_400_000L;
        TimeDistribution distribution = TimeDistribution.of(new long[] {0, 1000, 1001, 60_000, 3_600_001, 8 * day});
        List<Long> counts = distribution.histogram().stream().map(TimeDistribution.Bucket::count).toList();
        assertEquals(List.of(2L, 1L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L), counts);
        assertEquals("PT1S", distribution.histogram().get(0).upTo());
        assertEquals("PT168H", distribution.histogram().get(8).upTo());
        assertNull(distribution.histogram().get(9).upTo());
    }

    @Test
    void nothingMeasuredHasACountOfZeroAndNoPercentiles() {
        TimeDistribution none = TimeDistribution.of(new long[0]);
        assertEquals(0, none.count());
        assertNull(none.p50Millis());
        assertNull(none.maxMillis());
        assertEquals(10, none.histogram().size());
        assertEquals(0, none.histogram().stream().mapToLong(TimeDistribution.Bucket::count).sum());
    }

    @Test
    void aNegativeTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeDistribution.of(new long[] {5, -1}));
    }
}
