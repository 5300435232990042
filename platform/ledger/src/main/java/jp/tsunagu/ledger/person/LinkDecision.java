package jp.tsunagu.ledger.person;

/** Why a record is linked to the person it is linked to. */
public enum LinkDecision {
    /** Linkage found the person already in the ledger with enough confidence. */
    LINKED,
    /** Linkage was unsure: the record got a person of its own, and a candidate waits for a staff decision. */
    REVIEW,
    /** Linkage found nobody: the record started a new person. */
    NEW,
    /** A staff member decided (after review, or to move a record by hand). */
    CONFIRMED,
    /** The record moved with its person when that person was merged into another. */
    MERGED
}
