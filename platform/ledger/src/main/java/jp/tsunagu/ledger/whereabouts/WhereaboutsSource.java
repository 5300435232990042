package jp.tsunagu.ledger.whereabouts;

/** How a whereabouts entry reached the ledger. */
public enum WhereaboutsSource {
    /** The 居所 of an imported record (roster, visit, call, register, portal file) or a staff correction. */
    IMPORTED_RECORD,
    /** Entered by staff of the home municipality or the prefecture. */
    STAFF_ENTRY,
    /** Entered by a host municipality for a person in its area. */
    HOST_UPDATE,
    /** Stated by the resident (a resident portal's self-report). */
    SELF_REPORT
}
