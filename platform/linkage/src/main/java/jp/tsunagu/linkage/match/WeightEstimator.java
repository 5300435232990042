package jp.tsunagu.linkage.match;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates m and u from unlabelled data. u comes from random record pairs (almost all are different persons);
 * m from expectation-maximisation over the blocked candidate pairs with u held fixed, assuming fields are
 * independent given the match status. Runs on pattern counts, so the EM itself costs nothing; the cost is
 * comparing the sampled pairs.
 */
final class WeightEstimator {

    private static final int RANDOM_PAIRS = 1_000_000;
    private static final int MAX_CANDIDATES = 2_000_000;
    private static final int ITERATIONS = 40;
    private static final int FIELDS = Field.values().length;
    private static final int LEVELS = Agreement.values().length;

    private final RecordComparator comparator;

    WeightEstimator(RecordComparator comparator) {
        this.comparator = comparator;
    }

    MatchWeights estimate(List<NormalizedRecord> records, long[] candidatePairs, MatchWeights priors) {
        if (records.size() < 2) {
            return priors;
        }
        double[][] u = estimateU(records, priors);
        long[] counts = candidatePatternCounts(records, candidatePairs);
        double[][] m = estimateM(counts, priors.mTable(), u);
        return new MatchWeights(m, u);
    }

    private double[][] estimateU(List<NormalizedRecord> records, MatchWeights priors) {
        double[][] counts = new double[FIELDS][LEVELS];
        SplittableRandom random = new SplittableRandom(42);
        int n = records.size();
        for (int k = 0; k < RANDOM_PAIRS; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                continue;
            }
            ComparisonVector v = comparator.compare(records.get(a), records.get(b));
            for (Field f : Field.values()) {
                counts[f.ordinal()][v.get(f).ordinal()]++;
            }
        }
        double[][] u = priors.uTable();
        for (int f = 0; f < FIELDS; f++) {
            double total = 0;
            for (int l = 0; l < LEVELS; l++) {
                if (l != Agreement.MISSING.ordinal() && u[f][l] > 0) {
                    total += counts[f][l];
                }
            }
            for (int l = 0; l < LEVELS; l++) {
                if (l != Agreement.MISSING.ordinal() && u[f][l] > 0 && total > 0) {
                    // Smoothed towards the prior: rare levels (equal names) are seen a handful of times at most.
                    u[f][l] = (counts[f][l] + u[f][l] * 10) / (total + 10);
                }
            }
        }
        return u;
    }

    private long[] candidatePatternCounts(List<NormalizedRecord> records, long[] pairs) {
        long[] counts = new long[ComparisonVector.patternCount()];
        int step = Math.max(1, pairs.length / MAX_CANDIDATES);
        for (int k = 0; k < pairs.length; k += step) {
            ComparisonVector v = comparator.compare(records.get(CandidatePairs.first(pairs[k])), records.get(CandidatePairs.second(pairs[k])));
            counts[v.pattern()]++;
        }
        return counts;
    }

    static double[][] estimateM(long[] counts, double[][] mPrior, double[][] u) {
        double[][] m = mPrior;
        double p = 0.3;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = new double[FIELDS][LEVELS];
            double matches = 0;
            double total = 0;
            for (int pattern = 0; pattern < counts.length; pattern++) {
                if (counts[pattern] == 0) {
                    continue;
                }
                ComparisonVector v = ComparisonVector.ofPattern(pattern);
                double likelihoodMatch = p;
                double likelihoodNonMatch = 1 - p;
                for (Field f : Field.values()) {
                    int l = v.get(f).ordinal();
                    if (l != Agreement.MISSING.ordinal()) {
                        likelihoodMatch *= m[f.ordinal()][l];
                        likelihoodNonMatch *= u[f.ordinal()][l];
                    }
                }
                double g = likelihoodMatch + likelihoodNonMatch == 0 ? 0 : likelihoodMatch / (likelihoodMatch + likelihoodNonMatch);
                matches += g * counts[pattern];
                total += counts[pattern];
                for (Field f : Field.values()) {
                    expected[f.ordinal()][v.get(f).ordinal()] += g * counts[pattern];
                }
            }
            p = Math.min(0.99, Math.max(1e-6, matches / total));
            double[][] next = new double[FIELDS][LEVELS];
            for (int f = 0; f < FIELDS; f++) {
                double sum = 0;
                for (int l = 0; l < LEVELS; l++) {
                    if (l != Agreement.MISSING.ordinal() && mPrior[f][l] > 0) {
                        sum += expected[f][l];
                    }
                }
                for (int l = 0; l < LEVELS; l++) {
                    if (l != Agreement.MISSING.ordinal() && mPrior[f][l] > 0) {
                        // A little of the prior keeps levels that EM sees rarely from collapsing to zero.
                        next[f][l] = (expected[f][l] + mPrior[f][l] * 5) / (sum + 5);
                    }
                }
            }
            m = next;
        }
        return m;
    }
}
