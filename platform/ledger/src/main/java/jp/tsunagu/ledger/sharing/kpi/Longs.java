package jp.tsunagu.ledger.sharing.kpi;

import java.util.Arrays;

/** A growing array of longs: a distribution may hold many thousand timings. */
final class Longs {

    private long[] values = new long[64];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
