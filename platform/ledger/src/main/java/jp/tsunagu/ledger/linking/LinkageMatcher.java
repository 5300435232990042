package jp.tsunagu.ledger.linking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import jp.tsunagu.linkage.match.Agreement;
import jp.tsunagu.linkage.match.Decision;
import jp.tsunagu.linkage.match.Field;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.MatchResult;
import jp.tsunagu.linkage.match.MatchingKeys;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.linkage.match.Thresholds;

/**
 * Links with the linkage module: records are normalised by the {@link Linker}'s normaliser (kanji variants, 和暦,
 * address notation, readings), indexed by the linker's blocking keys, and scored with its Fellegi-Sunter comparison
 * and hard-negative guards. Thresholds are the settings' explicit ones, else those of a batch of every record known
 * and expected in the run ({@code Thresholds.forBatchOf}, fixed at the run's first decision): a record meets every
 * known record, so the prior that one of them is its own falls with their number, exactly as in a batch.
 * <p>
 * A decision is LINKED to the best-scoring LINKED candidate whose person has no known record that forbids the join
 * ({@code ComparisonVector.forbidsJoining}: another birth date or home town, or another name unless the record joins on
 * an agreeing name): the batch linker refuses such merges the same way. A person so refused gives way to the next
 * LINKED candidate's person; if none is left it is the REVIEW candidate. Else REVIEW names the best candidate between
 * the thresholds; NEW otherwise.
 * Blocks larger than {@code maxBlockSize} give only the {@code window} nearest records on each side in reading and
 * birth-date order, as in the batch linker, so a common name or birth date does not make a decision slow.
 * <p>
 * Speed: the keys of a record are stored at import ({@link #keysOf}) and read back instead of normalising again, and
 * a session decides the records of a prepared page ahead on all cores, a window at a time; a decision made ahead is
 * used only if nothing known since touched its blocks or its person, otherwise the record is decided again, so the
 * decisions are exactly those of deciding one record after the other.
 */
public final class LinkageMatcher implements PersonMatcher {

    /** Records decided ahead at once: small enough that few of them meet a record known in between. */
    static final int AHEAD = 256;

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

    /** The linkage module's matching keys of the record ({@code MatchingKeys}), versioned by its normalisation. */
    @Override
    public Optional<String> keysOf(LinkSubject record) {
        return Optional.of(MatchingKeys.encode(normalizeRaw(record)));
    }

    /**
     * The known records of one run. The caller tells the session where each decided record went ({@link #know}), as
     * {@link LinkingRun} does, so a later record of the same run can link to it. Knowing a record again replaces it.
     */
    private final class Session implements MatchSession {

        private final KnownRecords known = new KnownRecords(linker, settings);
        private long expected = 1;
        private Linker deciding;
        private List<LinkSubject> upcoming = List.of();
        private final Map<UUID, Integer> positions = new HashMap<>();
        private NormalizedRecord[] normalized = new NormalizedRecord[0];
        private final Map<UUID, MatchDecision> ahead = new HashMap<>();
        private int decidedAheadUntil;

        @Override
        public void know(LinkSubject record, UUID personId) {
            Objects.requireNonNull(personId, "personId");
            known.add(normalized(record), personId);
        }

        @Override
        public void expect(long records) {
            if (deciding != null) {
                throw new IllegalStateException("the run's size is told before its first decision");
            }
            expected = Math.max(1, records);
        }

        /**
         * The linker with this run's thresholds, fixed at the first decision: the configured ones, else those of a
         * batch of all records known and expected ({@link Thresholds#forBatchOf}): a record meets every known record,
         * so the prior that one of them is its own falls with their number, as in a batch.
         */
        private Linker deciding() {
            if (deciding == null) {
                Thresholds thresholds = settings.thresholds().orElseGet(() -> Thresholds.forBatchOf(
                        (int) Math.min(Integer.MAX_VALUE, known.size() + expected)));
                deciding = new Linker(settings.withThresholds(thresholds), linker.normalizer());
            }
            return deciding;
        }

        @Override
        public void prepare(List<LinkSubject> page) {
            upcoming = List.copyOf(page);
            positions.clear();
            ahead.clear();
            for (int i = 0; i < upcoming.size(); i++) {
                positions.put(upcoming.get(i).recordId(), i);
            }
            normalized = IntStream.range(0, upcoming.size()).parallel()
                    .mapToObj(i -> normalize(upcoming.get(i))).toArray(NormalizedRecord[]::new);
            decidedAheadUntil = 0;
        }

        @Override
        public MatchDecision decide(LinkSubject incoming) {
            NormalizedRecord record = normalized(incoming);
            Integer position = positions.get(incoming.recordId());
            if (position != null && position >= decidedAheadUntil) {
                deciding();
                decideAhead(position);
            }
            MatchDecision early = ahead.remove(incoming.recordId());
            if (early != null && known.unchangedSinceMark(record, early.person())) {
                return early;
            }
            return decideNow(record);
        }

        /** Decides the next window of prepared records in parallel against what is known now. */
        private void decideAhead(int from) {
            int to = Math.min(upcoming.size(), from + AHEAD);
            MatchDecision[] decisions = IntStream.range(from, to).parallel()
                    .mapToObj(i -> decideNow(normalized[i])).toArray(MatchDecision[]::new);
            known.mark();
            ahead.clear();
            for (int i = from; i < to; i++) {
                ahead.put(upcoming.get(i).recordId(), decisions[i - from]);
            }
            decidedAheadUntil = to;
        }

        private NormalizedRecord normalized(LinkSubject subject) {
            Integer position = positions.get(subject.recordId());
            return position != null ? normalized[position] : normalize(subject);
        }

        /**
         * The decision against what is known now; reads only, so several may run at once. Of candidates with equal
         * scores the first in block order wins.
         * <p>
         * Comparing names is most of the work, so candidates are scored in the order of their {@link
         * Linker#scoreBound} (the score with the names at their best), and a candidate whose bound is below both the
         * lower threshold and the best score found so far is not scored: it is NEW and lower than a candidate scored
         * already, so it cannot be the best of anything. The decision is the one scoring every candidate would give.
         */
        private MatchDecision decideNow(NormalizedRecord record) {
            Linker linker = deciding();
            int[] candidates = known.candidates(record);
            MatchResult[] scored = scoreLikelyFirst(linker, record, candidates);
            Integer[] order = IntStream.range(0, candidates.length).filter(i -> scored[i] != null).boxed()
                    .sorted((x, y) -> Double.compare(scored[y].score(), scored[x].score())).toArray(Integer[]::new);
            // The best LINKED candidate whose person has no record that forbids the join (a hard negative, see
            // ComparisonVector#forbidsJoining); a person refused by that guard is the review candidate if nobody
            // else qualifies.
            int guarded = -1;
            List<UUID> refused = new java.util.ArrayList<>(1);
            for (int i : order) {
                if (scored[i].decision() != Decision.LINKED) {
                    continue;
                }
                UUID person = known.person(candidates[i]);
                if (refused.contains(person)) {
                    continue;
                }
                if (!known.forbidsJoining(record, person, scored[i].comparison().get(Field.NAME))) {
                    return new MatchDecision(MatchDecision.Outcome.LINKED, Optional.of(person), scored[i].score(),
                            evidence(linker, scored[i]));
                }
                refused.add(person);
                guarded = guarded < 0 ? i : guarded;
            }
            if (guarded >= 0) {
                return new MatchDecision(MatchDecision.Outcome.REVIEW, Optional.of(known.person(candidates[guarded])),
                        scored[guarded].score(), evidence(linker, scored[guarded]) + ";guard:otherRecordOfPerson");
            }
            int firstReview = -1;
            for (int i : order) {
                if (scored[i].decision() == Decision.REVIEW) {
                    firstReview = i;
                    break;
                }
            }
            if (firstReview >= 0) {
                return new MatchDecision(MatchDecision.Outcome.REVIEW, Optional.of(known.person(candidates[firstReview])),
                        scored[firstReview].score(), evidence(linker, scored[firstReview]));
            }
            return order.length > 0 ? MatchDecision.newPerson(scored[order[0]].score(), evidence(linker, scored[order[0]]))
                    : MatchDecision.newPerson(0.0, "candidates:0");
        }

        /** The candidates' results in candidate order; null for those that cannot matter (see {@link #decideNow}). */
        private MatchResult[] scoreLikelyFirst(Linker linker, NormalizedRecord record, int[] candidates) {
            int count = candidates.length;
            double[] bounds = new double[count];
            long[] byBound = new long[count];
            for (int i = 0; i < count; i++) {
                bounds[i] = linker.scoreBound(record, known.record(candidates[i]));
                // Highest bound first: the bound's bits inverted in the high half (order-preserving for doubles), index low.
                byBound[i] = (~sortable(bounds[i]) & 0xFFFFFFFF00000000L) | i;
            }
            java.util.Arrays.sort(byBound);
            MatchResult[] scored = new MatchResult[count];
            double lower = linker.thresholds().lower();
            double bestScore = Double.NEGATIVE_INFINITY;
            for (long entry : byBound) {
                int i = (int) entry;
                if (bounds[i] < lower && bounds[i] < bestScore) {
                    continue; // each candidate is judged by its own bound: the order only makes a high best come early
                }
                scored[i] = linker.compareNormalized(record, known.record(candidates[i]));
                bestScore = Math.max(bestScore, scored[i].score());
            }
            return scored;
        }

        /** The double's bits turned so that comparing them as signed longs orders the doubles. */
        private static long sortable(double value) {
            long bits = Double.doubleToLongBits(value);
            return bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
    }

    /** The stored keys when they are of this normalisation, else the record normalised now. */
    private NormalizedRecord normalize(LinkSubject subject) {
        return subject.matchingKeys().flatMap(keys -> MatchingKeys.decode(subject.recordId().toString(), keys))
                .orElseGet(() -> normalizeRaw(subject));
    }

    private NormalizedRecord normalizeRaw(LinkSubject subject) {
        PersonRecord raw = new PersonRecord(subject.recordId().toString(), subject.fullName().orElse(""),
                subject.fullNameKana().orElse(""), subject.birthDate().map(LocalDate::toString).orElse(""),
                subject.sex().orElse(""), subject.address().orElse(""), subject.phone().orElse(""));
        return linker.normalizer().normalize(raw).record();
    }

    /** Which fields agreed how and the score's bits, never values: {@code fullName:VARIANT;birthDate:EXACT;…}. */
    private static String evidence(Linker linker, MatchResult pair) {
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
