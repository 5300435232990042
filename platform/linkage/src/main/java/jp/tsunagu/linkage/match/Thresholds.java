package jp.tsunagu.linkage.match;

/**
 * Two score thresholds in bits: at or above {@code upper} a pair is LINKED automatically, from {@code lower} to
 * below {@code upper} it goes to REVIEW by a person, below {@code lower} the records stay apart (NEW).
 */
public record Thresholds(double upper, double lower) {

    /** For a single pair or a batch of about a million records (see {@link #forBatchOf}). */
    public static final Thresholds DEFAULT = new Thresholds(20.0, 14.0);

    private static final double REVIEW_BAND = 5.5;

    /**
     * Thresholds for a batch of {@code records} records. The prior odds that two records of a batch are one person
     * fall as 1/n, so the evidence needed rises by log2(n) bits: upper = log2(n) + 1, kept within 15..21 bits, and
     * the review band 5.5 bits below it: two records sharing only a birth date while their names disagree (+9.4 bits)
     * stay below it even at the smallest upper threshold, they are not worth a reviewer's time. At 20,000 records the
     * upper threshold is 15.3 bits (a rare full name with the same sex and nothing against it links); at 1,000,000 it
     * is 20.9 bits (name and birth date must both agree).
     */
    public static Thresholds forBatchOf(int records) {
        double upper = Math.max(15.0, Math.min(21.0, Math.log(Math.max(records, 2)) / Math.log(2) + 1));
        return new Thresholds(upper, upper - REVIEW_BAND);
    }

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
