package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.linkage.match.BlockingKeys;
import jp.tsunagu.linkage.match.Decision;
import jp.tsunagu.linkage.match.Field;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.MatchResult;
import jp.tsunagu.linkage.match.NormalizedRecord;

/**
 * The rule {@link LinkageMatcher} implements, written as plainly as possible to check it against: no index, every
 * known record scanned for shared blocking keys, blocks sorted by the text "reading NUL birth date NUL id", the
 * nearest {@code window} on each side of an oversized block, the best LINKED candidate whose person has no record
 * that forbids the join (a hard negative, unless only a name disagrees and the join is on an agreeing name), else (REVIEW) the best LINKED one, else the best REVIEW, else NEW. Slow (quadratic); for tests only. Outcome and person only.
 */
final class NaiveLinkageDecisions {

    private record Known(NormalizedRecord record, UUID person, long[] keys) {
    }

    private final Linker linker;
    private final LinkerSettings settings;
    private final List<Known> known = new ArrayList<>();

    NaiveLinkageDecisions(LinkerSettings settings) {
        this.settings = settings;
        this.linker = new Linker(settings);
    }

    void know(NormalizedRecord record, UUID person) {
        known.add(new Known(record, person, BlockingKeys.of(record)));
    }

    /** "LINKED person", "REVIEW person" or "NEW". */
    String decide(NormalizedRecord record) {
        Map<Known, MatchResult> scored = new LinkedHashMap<>();
        for (Known candidate : candidates(record)) {
            scored.put(candidate, linker.compareNormalized(record, candidate.record()));
        }
        Comparator<Map.Entry<Known, MatchResult>> byScore = Comparator.comparingDouble(e -> e.getValue().score());
        List<Map.Entry<Known, MatchResult>> linked = scored.entrySet().stream()
                .filter(e -> e.getValue().decision() == Decision.LINKED).sorted(byScore.reversed()).toList();
        for (Map.Entry<Known, MatchResult> candidate : linked) {
            UUID person = candidate.getKey().person();
            boolean guarded = known.stream().anyMatch(k -> k.person().equals(person) && !k.record().id().equals(record.id())
                    && linker.compareNormalized(record, k.record()).comparison()
                            .forbidsJoining(candidate.getValue().comparison().get(Field.NAME)));
            if (!guarded) {
                return "LINKED " + person;
            }
        }
        if (!linked.isEmpty()) {
            return "REVIEW " + linked.get(0).getKey().person();
        }
        return scored.entrySet().stream().filter(e -> e.getValue().decision() == Decision.REVIEW).max(byScore)
                .map(e -> "REVIEW " + e.getKey().person()).orElse("NEW");
    }

    /** Ids of the candidates, in the order the rule meets them. */
    List<String> candidateIds(NormalizedRecord record) {
        return candidates(record).stream().map(k -> k.record().id()).toList();
    }

    private List<Known> candidates(NormalizedRecord record) {
        Set<Known> found = new LinkedHashSet<>();
        String order = order(record);
        for (long key : BlockingKeys.of(record)) {
            List<Known> block = known.stream()
                    .filter(k -> java.util.Arrays.stream(k.keys()).anyMatch(other -> other == key))
                    .sorted(Comparator.comparing(k -> order(k.record()))).toList();
            if (block.size() < settings.maxBlockSize()) {
                found.addAll(block);
                continue;
            }
            List<Known> before = block.stream().filter(k -> order(k.record()).compareTo(order) < 0).toList();
            List<Known> after = block.stream().filter(k -> order(k.record()).compareTo(order) >= 0).toList();
            for (int i = before.size() - 1; i >= Math.max(0, before.size() - settings.window()); i--) {
                found.add(before.get(i));
            }
            found.addAll(after.subList(0, Math.min(after.size(), settings.window())));
        }
        found.removeIf(k -> k.record().id().equals(record.id()));
        return new ArrayList<>(found);
    }

    private static String order(NormalizedRecord record) {
        return record.name().phonetic() + '\u0000' + record.birthDate().map(LocalDate::toString).orElse("") + '\u0000'
                + record.id();
    }
}
