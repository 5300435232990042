package jp.tsunagu.linkage.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jp.tsunagu.linkage.match.Agreement;
import jp.tsunagu.linkage.match.ComparisonVector;
import jp.tsunagu.linkage.match.Field;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.RecordComparator;
import jp.tsunagu.linkage.match.RecordNormalizer;

/**
 * Measures m and u on labelled synthetic data: m from all pairs of records of one true person, u from random pairs
 * of different persons. The shipped priors ({@code MatchWeights.defaults()}) were set from these figures (see
 * docs/linkage.md), since EM on unlabelled pairs mistakes households for persons.
 */
final class MeasuredWeights {

    private MeasuredWeights() {
    }

    static void print(SyntheticDataset data, RecordNormalizer normalizer) {
        List<NormalizedRecord> records = data.records().parallelStream().map(r -> normalizer.normalize(r).record()).toList();
        RecordComparator comparator = new RecordComparator();
        Map<String, List<Integer>> persons = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            persons.computeIfAbsent(data.truePersonIds().get(i), k -> new ArrayList<>()).add(i);
        }
        Map<Field, Map<Agreement, Long>> m = counts();
        for (List<Integer> members : persons.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    add(m, comparator.compare(records.get(members.get(a)), records.get(members.get(b))));
                }
            }
        }
        Map<Field, Map<Agreement, Long>> u = counts();
        Random random = new Random(3);
        for (int k = 0; k < 2_000_000; k++) {
            int a = random.nextInt(records.size());
            int b = random.nextInt(records.size());
            if (a != b && !data.truePersonIds().get(a).equals(data.truePersonIds().get(b))) {
                add(u, comparator.compare(records.get(a), records.get(b)));
            }
        }
        System.out.println("measured on labelled synthetic pairs (share among pairs where the field is present):");
        System.out.println("field        level      m          u");
        for (Field f : Field.values()) {
            long mTotal = total(m.get(f));
            long uTotal = total(u.get(f));
            for (Agreement level : Agreement.values()) {
                if (level == Agreement.MISSING) {
                    continue;
                }
                long mc = m.get(f).getOrDefault(level, 0L);
                long uc = u.get(f).getOrDefault(level, 0L);
                if (mc + uc > 0) {
                    System.out.printf(Locale.ROOT, "%-12s %-9s %-10.4g %-10.3g%n", f, level, mc / (double) mTotal, uc / (double) uTotal);
                }
            }
        }
    }

    private static Map<Field, Map<Agreement, Long>> counts() {
        Map<Field, Map<Agreement, Long>> map = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            map.put(f, new EnumMap<>(Agreement.class));
        }
        return map;
    }

    private static void add(Map<Field, Map<Agreement, Long>> counts, ComparisonVector v) {
        for (Field f : Field.values()) {
            counts.get(f).merge(v.get(f), 1L, Long::sum);
        }
    }

    private static long total(Map<Agreement, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getKey() != Agreement.MISSING).mapToLong(Map.Entry::getValue).sum();
    }
}
