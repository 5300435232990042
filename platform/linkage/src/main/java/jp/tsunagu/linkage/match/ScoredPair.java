package jp.tsunagu.linkage.match;

/** A pair of records (by index in the run) with its score and decision; only LINKED and REVIEW pairs are kept. */
record ScoredPair(int first, int second, double score, Decision decision) {
}
