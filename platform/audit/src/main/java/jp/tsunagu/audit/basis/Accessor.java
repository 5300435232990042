package jp.tsunagu.audit.basis;

/**
 * In what capacity someone reaches a victim's data. The module that checks access (the ledger from grants, a sharing
 * agreement, a resident portal) says which one applies; {@link BasisPolicy} says what the law lets each one do.
 */
public enum Accessor {
    /** The prefecture's own staff (prefecture admin): the prefecture runs the wide-area ledger for its disaster duties. */
    PREFECTURE,
    /** Staff or lead of an affected (home) municipality, granted in the disaster instance. */
    AFFECTED_MUNICIPALITY,
    /** Staff of a host municipality of the same prefecture, granted in the instance: another local government. */
    HOST_MUNICIPALITY,
    /** Staff of another prefecture's municipality through a sharing agreement: another local government. */
    AGREEMENT_HOST,
    /** A support organisation (NPO, 社協, …): not a local government, so only with the person's consent. */
    SUPPORT_ORGANISATION,
    /** The person themself (a resident portal acting for them). */
    RESIDENT
}
