package jp.tsunagu.ledger.person;

/** A link is the record's current one (ACTIVE), was replaced by a later one (SUPERSEDED), or was undone (UNDONE). */
public enum LinkState {
    ACTIVE, SUPERSEDED, UNDONE
}
