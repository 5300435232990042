package jp.tsunagu.linkage.match;

/** What happens to a pair of records. Only LINKED merges them into one person without a human. */
public enum Decision {
    LINKED, REVIEW, NEW
}
