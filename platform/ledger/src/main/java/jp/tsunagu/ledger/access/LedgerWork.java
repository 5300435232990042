package jp.tsunagu.ledger.access;

/**
 * What a caller wants to do with a disaster instance's ledger. Municipal staff and leads read, record and export for
 * the persons in their {@link PersonScope}; the decisions on entries (reviews, merges, corrections, provisions) and
 * 個人番号 belong to the home (affected) municipality; support organisations bring in what they collected (their visit
 * sheets) but do not browse the ledger; prefecture admins (the prefecture's disaster headquarters) do everything and
 * may still read an archived instance.
 */
public enum LedgerWork {
    /** Search persons, read a person and their records, read import reports. */
    READ(false),
    /** Import files and define import profiles. */
    IMPORT(true),
    /**
     * Decide review candidates, merge, undo, correct, record provisions: the home (affected) municipality's work on its
     * residents' entries, and the prefecture's.
     */
    DECIDE(true),
    /**
     * Add to a person's file what was seen or done: whereabouts, needs, support case records. Home and host
     * municipalities (a host for the people in its area), and the prefecture.
     */
    RECORD(true),
    /**
     * Read a person's support case (災害ケースマネジメント): any grant in the instance; which persons is decided by the
     * support module (municipalities by {@link PersonScope}, organisations by the cases they hold or recorded in).
     */
    CASE_READ(false),
    /** Add to a support case, claim or transfer it: any grant in the instance, persons as for {@link #CASE_READ}. */
    CASE_RECORD(true),
    /**
     * Export the whole ledger (internal use, recorded). Not a change of the ledger: also while the instance is closing,
     * so a municipality can keep its copy before the instance is archived.
     */
    EXPORT(false),
    /**
     * Receive 個人番号 in an export or provision: municipality leads of the instance and prefecture admins only, each
     * time naming the 個人番号利用事務 it is for.
     */
    DISCLOSE_MY_NUMBER(false);

    private final boolean writes;

    LedgerWork(boolean writes) {
        this.writes = writes;
    }

    public boolean writes() {
        return writes;
    }
}
