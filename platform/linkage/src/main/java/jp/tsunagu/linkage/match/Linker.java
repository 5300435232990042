package jp.tsunagu.linkage.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Links person records: {@link #compare} decides one pair, {@link #link} groups a batch into persons. Records are
 * normalised in parallel, candidate pairs come from blocking, pairs are scored in parallel, and persons are formed
 * from LINKED pairs only (see {@link PersonClusters}). Thread-safe.
 */
public final class Linker {

    private final LinkerSettings settings;
    private final RecordNormalizer normalizer;
    private final RecordComparator comparator = new RecordComparator();
    private final PairScorer defaultScorer;
    private final Agreement strongestNameLevel;

    public Linker(LinkerSettings settings, RecordNormalizer normalizer) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.defaultScorer = new PairScorer(settings.weights(), settings.thresholds().orElse(Thresholds.DEFAULT));
        this.strongestNameLevel = java.util.Arrays.stream(Agreement.values())
                .max(java.util.Comparator.comparingDouble(level -> settings.weights().weight(Field.NAME, level))).orElseThrow();
    }

    public Linker(LinkerSettings settings) {
        this(settings, RecordNormalizer.bundled(settings.homePrefecture()));
    }

    public static Linker withDefaults() {
        return new Linker(LinkerSettings.defaults());
    }

    public RecordNormalizer normalizer() {
        return normalizer;
    }

    /** Compares two records with the configured weights and thresholds. */
    public MatchResult compare(PersonRecord a, PersonRecord b) {
        return compareNormalized(normalizer.normalize(a).record(), normalizer.normalize(b).record());
    }

    /** Compares two records normalised already (by {@link #normalizer()}), with the configured weights and thresholds. */
    public MatchResult compareNormalized(NormalizedRecord a, NormalizedRecord b) {
        return defaultScorer.score(comparator.compare(a, b));
    }

    /**
     * At least {@link #compareNormalized}'s score for the pair, found without comparing the names: the score the
     * pair would have with its names at their strongest level. Weights add up monotonically, also in floating point,
     * so a pair whose bound is below the lower threshold is NEW and scores below the bound, whatever its names.
     */
    public double scoreBound(NormalizedRecord a, NormalizedRecord b) {
        return defaultScorer.weights().score(comparator.compare(a, b, strongestNameLevel));
    }

    /** The thresholds {@link #compare} decides with: the configured ones, else {@link Thresholds#DEFAULT}. */
    public Thresholds thresholds() {
        return defaultScorer.thresholds();
    }

    /** m and u estimated on these records (EM for m on the blocked pairs, u from random pairs), for review and tuning. */
    public MatchWeights estimateWeights(List<PersonRecord> records) {
        List<NormalizedRecord> normalized = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> normalizer.normalize(records.get(i)).record()).toList();
        long[] pairs = new CandidatePairs(settings.maxBlockSize(), settings.window()).generate(normalized);
        return new WeightEstimator(comparator).estimate(normalized, pairs, settings.weights());
    }

    public LinkageResult link(List<PersonRecord> records) {
        List<NormalizedRecord> normalized = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> normalizer.normalize(records.get(i)).record()).toList();
        return linkNormalized(normalized);
    }

    public LinkageResult linkNormalized(List<NormalizedRecord> records) {
        long[] pairs = new CandidatePairs(settings.maxBlockSize(), settings.window()).generate(records);
        Thresholds thresholds = settings.thresholds().orElseGet(() -> Thresholds.forBatchOf(records.size()));
        MatchWeights weights = settings.estimateWeights()
                ? new WeightEstimator(comparator).estimate(records, pairs, settings.weights())
                : settings.weights();
        PairScorer scorer = new PairScorer(weights, thresholds);
        List<ScoredPair> kept = score(records, pairs, scorer);
        List<ScoredPair> linked = new ArrayList<>();
        List<ScoredPair> review = new ArrayList<>();
        for (ScoredPair p : kept) {
            (p.decision() == Decision.LINKED ? linked : review).add(p);
        }
        PersonClusters clusters = new PersonClusters(records.size());
        review.addAll(clusters.merge(linked, (pair, a, b) -> comparator.compare(records.get(a), records.get(b))
                .forbidsJoining(comparator.compare(records.get(pair.first()), records.get(pair.second())).get(Field.NAME))));
        return result(records, clusters, review, pairs.length, linked.size());
    }

    private List<ScoredPair> score(List<NormalizedRecord> records, long[] pairs, PairScorer scorer) {
        return IntStream.range(0, pairs.length).parallel()
                .mapToObj(k -> {
                    int a = CandidatePairs.first(pairs[k]);
                    int b = CandidatePairs.second(pairs[k]);
                    MatchResult r = scorer.score(comparator.compare(records.get(a), records.get(b)));
                    return r.decision() == Decision.NEW ? null : new ScoredPair(a, b, r.score(), r.decision());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static LinkageResult result(List<NormalizedRecord> records, PersonClusters clusters, List<ScoredPair> review,
                                        long candidates, long linked) {
        Map<Integer, String> personOfRoot = new HashMap<>();
        List<String> recordIds = new ArrayList<>(records.size());
        List<String> personIds = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            recordIds.add(records.get(i).id());
            personIds.add(personOfRoot.computeIfAbsent(clusters.find(i), root -> "P%07d".formatted(personOfRoot.size() + 1)));
        }
        List<ReviewPair> reviewPairs = review.stream()
                .filter(p -> clusters.find(p.first()) != clusters.find(p.second()))
                .map(p -> new ReviewPair(records.get(p.first()).id(), records.get(p.second()).id(), p.score()))
                .toList();
        return new LinkageResult(recordIds, personIds, reviewPairs, candidates, linked);
    }
}
