package jp.tsunagu.ledger.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagu.linkage.bench.PairwiseMetrics;
import jp.tsunagu.linkage.bench.SyntheticDataset;
import jp.tsunagu.linkage.match.BlockingKeys;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.MatchResult;
import jp.tsunagu.linkage.match.MatchingKeys;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A tuning aid, not a test: the ledger's incremental decisions ({@link LinkageMatcher}, record after record in pages as
 * {@link LinkingRun} makes them, without PostgreSQL) on generated records, with pairwise quality and the missed and
 * false pairs counted by category (the pair's comparison, whether blocking met it, what the later record's decision
 * was). Synthetic records only. Usage: {@code IncrementalQualityProbe [records=20000] [seed=7] [samples=0]}.
 */
public final class IncrementalQualityProbe {

    private static final PrefectureCode ISHIKAWA = PrefectureCode.of("17");
    private static final int PAGE = 10_000;

    private IncrementalQualityProbe() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        SyntheticDataset data = SyntheticDataset.generate(count, seed, ISHIKAWA);
        LinkerSettings settings = LinkerSettings.defaults().withHomePrefecture(ISHIKAWA);
        if (args.length > 4) {
            settings = settings.withThresholds(new jp.tsunagu.linkage.match.Thresholds(Double.parseDouble(args[3]), Double.parseDouble(args[4])));
        }
        String filter = args.length > 5 ? args[5] : "";
        LinkageMatcher matcher = new LinkageMatcher(settings);
        Linker linker = new Linker(settings);
        List<LinkSubject> subjects = data.records().stream().map(SessionReplay::subject).toList();
        long start = System.nanoTime();
        List<SessionReplay.Step> steps = SessionReplay.run(matcher, subjects, PAGE, true);
        List<String> persons = steps.stream().map(step -> step.person().toString()).toList();
        List<MatchDecision> decisions = steps.stream().map(SessionReplay.Step::decision).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        PairwiseMetrics quality = PairwiseMetrics.of(data.truePersonIds(), persons);
        System.out.printf(Locale.ROOT, "incremental: %d records, %.1f s, precision %.4f recall %.4f F1 %.4f (true %d, predicted %d, correct %d)%n",
                count, seconds, quality.precision(), quality.recall(), quality.f1(), quality.truePairs(), quality.predictedPairs(),
                quality.correctPairs());
        List<NormalizedRecord> normalized = subjects.stream()
                .map(s -> MatchingKeys.decode(s.recordId().toString(), matcher.keysOf(s).orElseThrow()).orElseThrow()).toList();
        categorize(data, persons, decisions, normalized, linker, samples, filter);
    }

    private static void categorize(SyntheticDataset data, List<String> persons, List<MatchDecision> decisions,
                                   List<NormalizedRecord> records, Linker linker, int samples, String filter) {
        Map<String, List<Integer>> byTruth = new HashMap<>();
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            byTruth.computeIfAbsent(data.truePersonIds().get(i), k -> new ArrayList<>()).add(i);
            byPerson.computeIfAbsent(persons.get(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> missed = new HashMap<>();
        Map<String, Integer> missedByOutcome = new HashMap<>();
        List<int[]> missedPairs = new ArrayList<>();
        for (List<Integer> members : byTruth.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    if (!persons.get(a).equals(persons.get(b))) {
                        MatchResult pair = linker.compareNormalized(records.get(a), records.get(b));
                        boolean blocked = sharesKey(records.get(a), records.get(b));
                        missed.merge((blocked ? "" : "UNBLOCKED ") + pair.decision() + " " + pair.comparison(), 1, Integer::sum);
                        MatchDecision later = decisions.get(Math.max(a, b));
                        missedByOutcome.merge(pair.decision() + " -> later record " + later.outcome(), 1, Integer::sum);
                        if ((pair.decision() + " " + pair.comparison()).contains(filter)) {
                            missedPairs.add(new int[] {a, b});
                        }
                    }
                }
            }
        }
        Map<String, Integer> wrong = new HashMap<>();
        List<int[]> wrongPairs = new ArrayList<>();
        for (List<Integer> members : byPerson.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    if (!data.truePersonIds().get(a).equals(data.truePersonIds().get(b))) {
                        MatchResult pair = linker.compareNormalized(records.get(a), records.get(b));
                        wrong.merge(pair.decision() + " " + pair.comparison(), 1, Integer::sum);
                        wrongPairs.add(new int[] {a, b});
                    }
                }
            }
        }
        print("missed pairs by the later record's decision", missedByOutcome, 20);
        // Root causes: a record that started a ledger person of its own although its true person had records already.
        Map<String, Integer> splits = new HashMap<>();
        Map<String, Integer> firstOfTruth = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            String truth = data.truePersonIds().get(i);
            Integer first = firstOfTruth.putIfAbsent(truth, i);
            if (first == null || decisions.get(i).outcome() == MatchDecision.Outcome.LINKED
                    && data.truePersonIds().get(byPerson.get(persons.get(i)).get(0)).equals(truth)) {
                continue;
            }
            MatchResult best = null;
            for (int j : byTruth.get(truth)) {
                if (j < i) {
                    MatchResult pair = linker.compareNormalized(records.get(i), records.get(j));
                    best = best == null || pair.score() > best.score() ? pair : best;
                }
            }
            String why = decisions.get(i).outcome() + (decisions.get(i).evidence().contains("guard:otherRecordOfPerson") ? "(guard)" : "");
            splits.merge(why + " best earlier " + best.decision() + " " + best.comparison(), 1, Integer::sum);
        }
        print("records split from their person, by decision and best pair with an earlier record", splits, 30);
        Map<String, Integer> guards = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            MatchDecision d = decisions.get(i);
            if (!d.evidence().contains("guard:otherRecordOfPerson")) {
                continue;
            }
            String candidate = d.person().orElseThrow().toString();
            List<Integer> members = byPerson.getOrDefault(candidate, List.of());
            String truthOfRecord = data.truePersonIds().get(i);
            boolean right = members.stream().anyMatch(j -> data.truePersonIds().get(j).equals(truthOfRecord));
            for (int j : members) {
                if (j < i) {
                    MatchResult pair = linker.compareNormalized(records.get(i), records.get(j));
                    if (pair.comparison().isHardNegative()) {
                        boolean same = data.truePersonIds().get(j).equals(data.truePersonIds().get(i));
                        guards.merge((right ? "candidate right" : "candidate wrong") + (same ? ", blocker same person " : ", blocker other person ")
                                + pair.comparison(), 1, Integer::sum);
                    }
                }
            }
        }
        print("guard refusals by the blocking record", guards, 20);
        print("missed pairs by comparison", missed, 40);
        print("false pairs by comparison", wrong, 25);
        java.util.Random random = new java.util.Random(1);
        java.util.Collections.shuffle(missedPairs, random);
        java.util.Collections.shuffle(wrongPairs, random);
        System.out.println("== sample missed");
        missedPairs.stream().limit(samples).forEach(p -> show(data, p, linker, records));
        System.out.println("== sample false");
        wrongPairs.stream().limit(samples).forEach(p -> show(data, p, linker, records));
    }

    private static void show(SyntheticDataset data, int[] p, Linker linker, List<NormalizedRecord> records) {
        PersonRecord a = data.records().get(p[0]);
        PersonRecord b = data.records().get(p[1]);
        MatchResult r = linker.compareNormalized(records.get(p[0]), records.get(p[1]));
        System.out.printf(Locale.ROOT, "%.1f %s %s%n  %s | %s | %s | %s | %s | %s%n  %s | %s | %s | %s | %s | %s%n", r.score(),
                r.decision(), r.comparison(), a.name(), a.nameKana(), a.birthDate(), a.sex(), a.address(), a.phone(),
                b.name(), b.nameKana(), b.birthDate(), b.sex(), b.address(), b.phone());
    }

    private static boolean sharesKey(NormalizedRecord a, NormalizedRecord b) {
        for (long x : BlockingKeys.of(a)) {
            for (long y : BlockingKeys.of(b)) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void print(String title, Map<String, Integer> counts, int limit) {
        System.out.println("== " + title + " (" + counts.values().stream().mapToInt(Integer::intValue).sum() + ")");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
