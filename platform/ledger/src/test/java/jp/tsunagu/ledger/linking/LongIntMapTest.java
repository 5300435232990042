package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The flat long-to-int map answers like a HashMap through growth, collisions and replacement. */
class LongIntMapTest {

    @Test
    void answersLikeAHashMapThroughGrowthAndReplacement() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextInt(50_000) * 0x1_0000_0000L; // keys that differ only in their high bits
            int value = random.nextInt(1_000_000);
            map.put(key, value);
            expected.put(key, value);
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((key, value) -> assertEquals(value, map.get(key)));
        assertEquals(-1, map.get(7L));
    }
}
