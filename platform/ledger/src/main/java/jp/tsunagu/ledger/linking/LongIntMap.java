package jp.tsunagu.ledger.linking;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} in two flat arrays (open addressing, linear probing): the
 * blocking keys of millions of known records without a boxed key and a node object each. Not thread-safe for
 * writes; reads may run on several threads while nobody writes.
 */
final class LongIntMap {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = values.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                return ABSENT;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** Puts {@code value} (not negative) for {@code key}, replacing what was there. */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are not negative");
        }
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        int mask = values.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Blocking keys are hashes already; mixing once more spreads keys that differ only in high bits. */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
