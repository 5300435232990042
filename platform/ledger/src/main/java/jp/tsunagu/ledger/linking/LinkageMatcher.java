package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.tsunagu.linkage.match.Agreement;
import jp.tsunagu.linkage.match.BlockingKeys;
import jp.tsunagu.linkage.match.Decision;
import jp.tsunagu.linkage.match.Field;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.MatchResult;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.PersonRecord;

/**
 * Links with the linkage module: records are normalised by the {@link Linker}'s normaliser (kanji variants, 和暦,
 * address notation, readings), indexed by the linker's blocking keys, and scored with its Fellegi-Sunter comparison
 * and hard-negative guards. Thresholds are the settings' explicit ones, else {@code Thresholds.DEFAULT} (20 / 14 bits:
 * the prior of a single comparison, since a session decides record by record).
 * <p>
 * A decision is LINKED only when the best candidate's pair is LINKED and no known record of that person is a hard
 * negative of the incoming one (different name, birth date or home town): the batch linker refuses such merges the
 * same way. REVIEW names the best candidate below the upper threshold (or one refused by a guard); NEW otherwise.
 * Blocks larger than {@code maxBlockSize} give only the {@code window} nearest records on each side in reading and
 * birth-date order, as in the batch linker, so a common name or birth date does not make a decision slow.
 */
public final class LinkageMatcher implements PersonMatcher {

    private final Linker linker;
    private final LinkerSettings settings;

    public LinkageMatcher(LinkerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.linker = new Linker(settings);
    }

    /** With {@link LinkerSettings#defaults()}: no home prefecture, default weights and thresholds. */
    public LinkageMatcher() {
        this(LinkerSettings.defaults());
    }

    @Override
    public MatchSession open(UUID disasterId) {
        return new Session();
    }

    private record Known(NormalizedRecord record, UUID person) {
    }

    /**
     * The known records of one run. The caller tells the session where each decided record went ({@link #know}), as
     * {@link LinkingRun} does, so a later record of the same run can link to it. Knowing a record again replaces it.
     */
    private final class Session implements MatchSession {

        private final Map<String, Known> byRecord = new HashMap<>();
        private final Map<UUID, List<String>> recordsOfPerson = new HashMap<>();
        private final Map<Long, NavigableMap<String, String>> blocks = new HashMap<>();

        @Override
        public void know(LinkSubject record, UUID personId) {
            Objects.requireNonNull(personId, "personId");
            NormalizedRecord normalized = normalize(record);
            Known previous = byRecord.put(normalized.id(), new Known(normalized, personId));
            if (previous != null) {
                recordsOfPerson.get(previous.person()).remove(normalized.id());
            }
            recordsOfPerson.computeIfAbsent(personId, p -> new ArrayList<>()).add(normalized.id());
            String order = order(normalized);
            for (long key : BlockingKeys.of(normalized)) {
                blocks.computeIfAbsent(key, k -> new TreeMap<>()).put(order, normalized.id());
            }
        }

        @Override
        public MatchDecision decide(LinkSubject incoming) {
            NormalizedRecord record = normalize(incoming);
            Map<String, MatchResult> scored = new LinkedHashMap<>();
            for (String candidate : candidates(record)) {
                if (!candidate.equals(record.id())) {
                    scored.put(candidate, linker.compareNormalized(record, byRecord.get(candidate).record()));
                }
            }
            Comparator<Map.Entry<String, MatchResult>> byScore = Comparator.comparingDouble(e -> e.getValue().score());
            Optional<Map.Entry<String, MatchResult>> bestLinked = scored.entrySet().stream()
                    .filter(e -> e.getValue().decision() == Decision.LINKED).max(byScore);
            if (bestLinked.isPresent()) {
                UUID person = byRecord.get(bestLinked.get().getKey()).person();
                MatchResult pair = bestLinked.get().getValue();
                if (hasHardNegative(record, person)) {
                    return new MatchDecision(MatchDecision.Outcome.REVIEW, Optional.of(person), pair.score(),
                            evidence(pair) + ";guard:otherRecordOfPerson");
                }
                return new MatchDecision(MatchDecision.Outcome.LINKED, Optional.of(person), pair.score(), evidence(pair));
            }
            Optional<Map.Entry<String, MatchResult>> bestReview = scored.entrySet().stream()
                    .filter(e -> e.getValue().decision() == Decision.REVIEW).max(byScore);
            if (bestReview.isPresent()) {
                MatchResult pair = bestReview.get().getValue();
                return new MatchDecision(MatchDecision.Outcome.REVIEW, Optional.of(byRecord.get(bestReview.get().getKey()).person()),
                        pair.score(), evidence(pair));
            }
            return scored.values().stream().max(Comparator.comparingDouble(MatchResult::score))
                    .map(pair -> MatchDecision.newPerson(pair.score(), evidence(pair)))
                    .orElseGet(() -> MatchDecision.newPerson(0.0, "candidates:0"));
        }

        /** Record ids sharing a block with {@code record}; from an oversized block only the nearest neighbours. */
        private List<String> candidates(NormalizedRecord record) {
            Set<String> found = new LinkedHashSet<>();
            String order = order(record);
            for (long key : BlockingKeys.of(record)) {
                NavigableMap<String, String> block = blocks.get(key);
                if (block == null) {
                    continue;
                }
                if (block.size() < settings.maxBlockSize()) {
                    found.addAll(block.values());
                } else {
                    block.headMap(order, false).descendingMap().values().stream().limit(settings.window()).forEach(found::add);
                    block.tailMap(order, true).values().stream().limit(settings.window()).forEach(found::add);
                }
            }
            return new ArrayList<>(found);
        }

        private boolean hasHardNegative(NormalizedRecord record, UUID person) {
            for (String other : recordsOfPerson.getOrDefault(person, List.of())) {
                if (!other.equals(record.id())
                        && linker.compareNormalized(record, byRecord.get(other).record()).comparison().isHardNegative()) {
                    return true;
                }
            }
            return false;
        }
    }

    private NormalizedRecord normalize(LinkSubject subject) {
        PersonRecord raw = new PersonRecord(subject.recordId().toString(), subject.fullName().orElse(""),
                subject.fullNameKana().orElse(""), subject.birthDate().map(LocalDate::toString).orElse(""),
                subject.sex().orElse(""), subject.address().orElse(""), subject.phone().orElse(""));
        return linker.normalizer().normalize(raw).record();
    }

    /** The batch linker's order inside an oversized block: reading, then birth date; the id keeps entries apart. */
    private static String order(NormalizedRecord record) {
        return record.name().phonetic() + '\u0000' + record.birthDate().map(LocalDate::toString).orElse("") + '\u0000'
                + record.id();
    }

    /** Which fields agreed how and the score's bits, never values: {@code fullName:VARIANT;birthDate:EXACT;…}. */
    private String evidence(MatchResult pair) {
        StringBuilder text = new StringBuilder();
        for (Field field : Field.values()) {
            Agreement level = pair.comparison().get(field);
            text.append(EVIDENCE_NAMES.get(field)).append(':').append(level.name()).append(';');
        }
        if (pair.decision() != Decision.LINKED && pair.score() >= linker.thresholds().upper()) {
            text.append("guard:hardNegative;");
        }
        return text.append("bits:").append(Math.round(pair.score() * 10) / 10.0).toString();
    }

    private static final Map<Field, String> EVIDENCE_NAMES = Map.of(Field.NAME, "fullName", Field.BIRTH_DATE, "birthDate",
            Field.SEX, "sex", Field.ADDRESS, "address", Field.PHONE, "phone");
}
