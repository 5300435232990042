package jp.tsunagu.tenants.access;

import java.util.Objects;

/**
 * A bearer token was refused. {@link #reason()} is stable for machines; the message is for people and names the
 * failed check, never a value taken from the token.
 */
public class TokenRejectedException extends Exception {

    private final RejectionReason reason;

    public TokenRejectedException(RejectionReason reason) {
        this(reason, reason.description());
    }

    public TokenRejectedException(RejectionReason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public TokenRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RejectionReason reason() {
        return reason;
    }
}
