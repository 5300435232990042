package jp.tsunagu.linkage.match;

/**
 * Scores a comparison and decides, with guards for the hard negatives that independence-based weights miss: a pair
 * whose names disagree (twins: same birth date, address and phone), whose birth dates disagree (a parent and child
 * with the same name) or whose home municipalities differ (the same common name and birth date in another town) is
 * never LINKED automatically, nor is a pair whose names only sound alike (CLOSE) while the sexes differ (twins of
 * both sexes); if name and birth date both disagree (spouses) it is NEW.
 */
public final class PairScorer {

    private final MatchWeights weights;
    private final Thresholds thresholds;

    public PairScorer(MatchWeights weights, Thresholds thresholds) {
        this.weights = weights;
        this.thresholds = thresholds;
    }

    public MatchResult score(ComparisonVector comparison) {
        double score = weights.score(comparison);
        Decision decision = thresholds.decide(score);
        boolean nameDisagrees = comparison.get(Field.NAME) == Agreement.DISAGREE;
        boolean birthDateDisagrees = comparison.get(Field.BIRTH_DATE) == Agreement.DISAGREE;
        boolean homesDisagree = comparison.get(Field.ADDRESS) == Agreement.DISAGREE;
        // A name that only sounds alike or differs by one kanji (CLOSE) and another sex: twins 友理/友恵 or a brother
        // and sister, far likelier than one person with two errors.
        boolean unconfirmedNameOtherSex = comparison.get(Field.NAME) == Agreement.CLOSE
                && comparison.get(Field.SEX) == Agreement.DISAGREE;
        if (nameDisagrees && birthDateDisagrees) {
            decision = Decision.NEW;
        } else if ((nameDisagrees || birthDateDisagrees || homesDisagree || unconfirmedNameOtherSex)
                && decision == Decision.LINKED) {
            decision = Decision.REVIEW;
        }
        return new MatchResult(comparison, score, decision);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public MatchWeights weights() {
        return weights;
    }
}
