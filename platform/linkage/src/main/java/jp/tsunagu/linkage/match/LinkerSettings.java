package jp.tsunagu.linkage.match;

import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Everything a {@link Linker} can be tuned with. {@code maxBlockSize} and {@code window} bound the work per block
 * (see {@link CandidatePairs}); {@code estimateWeights} re-estimates m and u on the input instead of the defaults.
 * Without explicit thresholds a batch uses {@link Thresholds#forBatchOf} its size, a single comparison
 * {@link Thresholds#DEFAULT}.
 */
public record LinkerSettings(MatchWeights weights, Optional<Thresholds> thresholds, Optional<PrefectureCode> homePrefecture,
                             int maxBlockSize, int window, boolean estimateWeights) {

    public LinkerSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(homePrefecture, "homePrefecture");
        if (maxBlockSize < 2 || window < 1) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2 and window at least 1");
        }
    }

    public static LinkerSettings defaults() {
        return new LinkerSettings(MatchWeights.defaults(), Optional.empty(), Optional.empty(), 32, 10, false);
    }

    public LinkerSettings withThresholds(Thresholds value) {
        return new LinkerSettings(weights, Optional.of(value), homePrefecture, maxBlockSize, window, estimateWeights);
    }

    public LinkerSettings withHomePrefecture(PrefectureCode value) {
        return new LinkerSettings(weights, thresholds, Optional.of(value), maxBlockSize, window, estimateWeights);
    }

    public LinkerSettings withWeights(MatchWeights value) {
        return new LinkerSettings(value, thresholds, homePrefecture, maxBlockSize, window, estimateWeights);
    }

    public LinkerSettings withEstimatedWeights(boolean value) {
        return new LinkerSettings(weights, thresholds, homePrefecture, maxBlockSize, window, value);
    }
}
