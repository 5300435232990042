package jp.tsunagu.linkage.match;

/**
 * Two score thresholds in bits: at or above {@code upper} a pair is LINKED automatically, from {@code lower} to
 * below {@code upper} it goes to REVIEW by a person, below {@code lower} the records stay apart (NEW).
 */
public record Thresholds(double upper, double lower) {

    /** Chosen on the synthetic benchmark for precision above 0.99 (see docs/linkage.md). */
    public static final Thresholds DEFAULT = new Thresholds(20.0, 8.0);

    public Thresholds {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("the lower threshold must not exceed the upper one");
        }
    }

    Decision decide(double score) {
        if (score >= upper) {
            return Decision.LINKED;
        }
        return score >= lower ? Decision.REVIEW : Decision.NEW;
    }
}
