package jp.tsunagu.linkage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of records counts as linked when
 * both are in one cluster. Computed from cluster sizes, never by enumerating pairs.
 */
public record PairwiseMetrics(long truePairs, long predictedPairs, long correctPairs) {

    public static PairwiseMetrics of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and prediction must have one entry per record");
        }
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> bothSizes = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            trueSizes.merge(truth.get(i), 1L, Long::sum);
            predictedSizes.merge(predicted.get(i), 1L, Long::sum);
            bothSizes.merge(truth.get(i) + "\u0000" + predicted.get(i), 1L, Long::sum);
        }
        return new PairwiseMetrics(pairs(trueSizes), pairs(predictedSizes), pairs(bothSizes));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : correctPairs / (double) predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : correctPairs / (double) truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
