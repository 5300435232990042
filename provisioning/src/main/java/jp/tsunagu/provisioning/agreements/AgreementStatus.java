package jp.tsunagu.provisioning.agreements;

/** What the parties decided; whether an agreement is in force also depends on its period ({@link AgreementState}). */
public enum AgreementStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    REVOKED
}
