package jp.tsunagu.ledger.view;

/**
 * Which rule gave a ledger value, so a reader knows why this value and not another. The rules, per item, are in
 * {@link LedgerViewDerivation} and docs/ledger.md.
 */
public enum DerivationRule {
    /** A staff correction (職員修正) states the item: the latest one wins over every other source. */
    STAFF_CORRECTION,
    /** A basic item (基本4情報) or household item from the resident register, which is authoritative for them. */
    RESIDENT_REGISTER,
    /** A basic item the resident stated through a portal that verified it with their My Number card (公的個人認証). */
    VERIFIED_BY_CARD,
    /** The record that speaks for the latest time (observed, else received) among those stating the item. */
    LATEST_OBSERVATION,
    /** Entries collected from every record (援護の実施状況): support given is never forgotten. */
    ACCUMULATED,
    /** 要配慮者: flagged by any record, the flag stays until a staff correction clears it. */
    FLAGGED_BY_ANY
}
