package jp.tsunagu.linkage.match;

import java.util.Objects;

/** The outcome of comparing two records: the agreement levels, the score in bits and the decision. */
public record MatchResult(ComparisonVector comparison, double score, Decision decision) {

    public MatchResult {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(decision, "decision");
    }
}
