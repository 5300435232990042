package jp.tsunagu.ledger.access;

/**
 * What a caller wants to do with a disaster instance's ledger. Municipal staff and leads do everything; support
 * organisations bring in what they collected (their visit sheets) but do not browse the ledger; prefecture admins
 * (the prefecture's disaster headquarters) do everything and may still read an archived instance.
 */
public enum LedgerWork {
    /** Search persons, read a person and their records, read import reports. */
    READ(false),
    /** Import files and define import profiles. */
    IMPORT(true),
    /** Decide review candidates, merge, undo, correct, export. */
    DECIDE(true);

    private final boolean writes;

    LedgerWork(boolean writes) {
        this.writes = writes;
    }

    public boolean writes() {
        return writes;
    }
}
