package jp.tsunagu.ledger.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Version 7 ids: later milliseconds sort later (as PostgreSQL compares uuids), and ids of one millisecond differ. */
class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7AndSortByTheirMillisecond() {
        UUID earlier = new TimeOrderedIds(Clock.fixed(Instant.parse("2024-01-01T00:00:00.001Z"), ZoneOffset.UTC)).next();
        UUID later = new TimeOrderedIds(Clock.fixed(Instant.parse("2024-01-01T00:00:00.002Z"), ZoneOffset.UTC)).next();

        assertEquals(7, earlier.version());
        assertEquals(2, earlier.variant());
        assertTrue(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits()) < 0,
                "byte order is time order");
        assertEquals(Instant.parse("2024-01-01T00:00:00.001Z").toEpochMilli(), earlier.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsOfOneMillisecondAreAllDifferent() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(ids.next()));
        }
    }
}
