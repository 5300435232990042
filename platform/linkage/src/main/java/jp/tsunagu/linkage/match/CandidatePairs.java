package jp.tsunagu.linkage.match;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Generates the pairs of records to compare from their blocking keys, without ever comparing all pairs. Records and
 * keys are packed into one sortable long (40 bits of key hash, 24 bits of record index: up to 16.7 million records
 * per run); equal hashes form a block. A block of up to {@code maxBlockSize} records yields all its pairs; a larger
 * one (a common name, a popular birth date) is sorted by name reading and birth date and each record is paired with
 * its {@code window} neighbours only, so the work stays linear in the number of records.
 */
final class CandidatePairs {

    static final int MAX_RECORDS = 1 << 24;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final int maxBlockSize;
    private final int window;

    CandidatePairs(int maxBlockSize, int window) {
        this.maxBlockSize = maxBlockSize;
        this.window = window;
    }

    /** Distinct pairs, each packed as (lower index << 32 | higher index), sorted. */
    long[] generate(List<NormalizedRecord> records) {
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records can be linked in one run");
        }
        long[] entries = keyEntries(records);
        Arrays.parallelSort(entries);
        List<int[]> blocks = blocks(entries);
        LongList pairs = blocks.parallelStream()
                .collect(LongList::new, (list, block) -> pairsOf(block, records, list), LongList::addAll);
        long[] all = pairs.toArray();
        Arrays.parallelSort(all);
        return distinct(all);
    }

    private static long[] keyEntries(List<NormalizedRecord> records) {
        long[][] perRecord = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> BlockingKeys.of(records.get(i))).toArray(long[][]::new);
        int total = Arrays.stream(perRecord).mapToInt(k -> k.length).sum();
        long[] entries = new long[total];
        int n = 0;
        for (int i = 0; i < perRecord.length; i++) {
            for (long key : perRecord[i]) {
                entries[n++] = (key & ~INDEX_MASK) | i;
            }
        }
        return entries;
    }

    private static List<int[]> blocks(long[] entries) {
        List<int[]> blocks = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i <= entries.length; i++) {
            if (i == entries.length || (entries[i] & ~INDEX_MASK) != (entries[start] & ~INDEX_MASK)) {
                if (i - start > 1) {
                    int[] members = new int[i - start];
                    for (int k = start; k < i; k++) {
                        members[k - start] = (int) (entries[k] & INDEX_MASK);
                    }
                    blocks.add(members);
                }
                start = i;
            }
        }
        return blocks;
    }

    private void pairsOf(int[] block, List<NormalizedRecord> records, LongList out) {
        if (block.length <= maxBlockSize) {
            for (int a = 0; a < block.length; a++) {
                for (int b = a + 1; b < block.length; b++) {
                    out.add(pack(block[a], block[b]));
                }
            }
            return;
        }
        Integer[] sorted = Arrays.stream(block).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, Comparator.comparing((Integer i) -> records.get(i).name().phonetic())
                .thenComparing(i -> records.get(i).birthDate().map(Object::toString).orElse("")));
        for (int a = 0; a < sorted.length; a++) {
            for (int b = a + 1; b < Math.min(sorted.length, a + 1 + window); b++) {
                out.add(pack(sorted[a], sorted[b]));
            }
        }
    }

    static long pack(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
