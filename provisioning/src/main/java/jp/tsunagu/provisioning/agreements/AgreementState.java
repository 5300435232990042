package jp.tsunagu.provisioning.agreements;

/**
 * An agreement as it stands at a given time: its status, with its period applied. Expiry needs no one to act: an
 * agreement (or a proposal) whose period has ended is EXPIRED from that instant.
 */
public enum AgreementState {
    /** Waiting for the host's answer. */
    PROPOSED,
    /** Accepted, its period not begun yet. */
    SCHEDULED,
    /** Accepted and within its period: the only state in which the host sees anything. */
    IN_FORCE,
    DECLINED,
    REVOKED,
    EXPIRED;

    /** Whether nothing can change it any more. */
    public boolean isFinal() {
        return this == DECLINED || this == REVOKED || this == EXPIRED;
    }
}
