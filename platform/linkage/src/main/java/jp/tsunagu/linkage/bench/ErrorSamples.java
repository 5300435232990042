package jp.tsunagu.linkage.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jp.tsunagu.linkage.match.LinkageResult;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.MatchResult;
import jp.tsunagu.linkage.match.PersonRecord;

/** Prints sample false links and missed links of a benchmark run (synthetic records only) to tune the method. */
final class ErrorSamples {

    private ErrorSamples() {
    }

    static void print(SyntheticDataset data, LinkageResult result, Linker linker, int samples) {
        List<PersonRecord> records = data.records();
        Map<String, List<Integer>> byTruth = new HashMap<>();
        Map<String, List<Integer>> byPrediction = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byTruth.computeIfAbsent(data.truePersonIds().get(i), k -> new ArrayList<>()).add(i);
            byPrediction.computeIfAbsent(result.personIds().get(i), k -> new ArrayList<>()).add(i);
        }
        List<int[]> missed = new ArrayList<>();
        byTruth.values().forEach(members -> pairs(members, missed, (a, b) -> !result.personIds().get(a).equals(result.personIds().get(b))));
        List<int[]> wrong = new ArrayList<>();
        byPrediction.values().forEach(members -> pairs(members, wrong, (a, b) -> !data.truePersonIds().get(a).equals(data.truePersonIds().get(b))));
        Random random = new Random(1);
        histogram("false links by comparison", wrong, records, linker);
        histogram("missed links by comparison", missed, records, linker);
        System.out.println("== false links (" + wrong.size() + ")");
        sample(wrong, samples, random).forEach(p -> show(records.get(p[0]), records.get(p[1]), linker));
        System.out.println("== missed links (" + missed.size() + ")");
        sample(missed, samples, random).forEach(p -> show(records.get(p[0]), records.get(p[1]), linker));
    }

    private static void histogram(String title, List<int[]> pairs, List<PersonRecord> records, Linker linker) {
        Map<String, Integer> counts = new HashMap<>();
        for (int[] p : pairs) {
            MatchResult r = linker.compare(records.get(p[0]), records.get(p[1]));
            counts.merge(r.decision() + " " + r.comparison(), 1, Integer::sum);
        }
        System.out.println("== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }

    private interface PairTest {
        boolean test(int a, int b);
    }

    private static void pairs(List<Integer> members, List<int[]> out, PairTest test) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (test.test(members.get(i), members.get(j))) {
                    out.add(new int[] {members.get(i), members.get(j)});
                }
            }
        }
    }

    private static List<int[]> sample(List<int[]> pairs, int n, Random random) {
        List<int[]> copy = new ArrayList<>(pairs);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static void show(PersonRecord a, PersonRecord b, Linker linker) {
        MatchResult r = linker.compare(a, b);
        System.out.printf(Locale.ROOT, "%.1f %s %s%n  %s | %s | %s | %s | %s | %s%n  %s | %s | %s | %s | %s | %s%n", r.score(), r.decision(),
                r.comparison(), a.name(), a.nameKana(), a.birthDate(), a.sex(), a.address(), a.phone(),
                b.name(), b.nameKana(), b.birthDate(), b.sex(), b.address(), b.phone());
    }
}
