package jp.tsunagu.tenants.access;

/**
 * Why a token was refused. The slug is part of the API contract (it appears in problem responses); the
 * description says which check failed and never contains a claim value.
 */
public enum RejectionReason {
    MISSING("token-missing", "No bearer token was sent"),
    MALFORMED("malformed", "The token is not a well-formed signed JWT"),
    UNSUPPORTED_ALGORITHM("unsupported-algorithm", "The token is not signed with an accepted algorithm"),
    UNKNOWN_ISSUER("unknown-issuer", "The token was not issued by a trusted realm"),
    BAD_SIGNATURE("bad-signature", "The token's signature does not verify with the realm's signing keys"),
    KEYS_UNAVAILABLE("keys-unavailable", "The realm's signing keys cannot be fetched right now"),
    EXPIRED("expired", "The token has expired"),
    NOT_YET_VALID("not-yet-valid", "The token is not valid yet"),
    WRONG_TOKEN_TYPE("wrong-token-type", "The token is not an access token"),
    WRONG_AUDIENCE("wrong-audience", "The token is not meant for this API"),
    WRONG_CLIENT("wrong-client", "The token was issued to a client this API does not accept"),
    OTP_REQUIRED("otp-required", "The login did not include a one-time password"),
    UNREGISTERED_SERVICE_CLIENT("unregistered-service-client", "The service client is not registered with the tenant");

    private final String slug;
    private final String description;

    RejectionReason(String slug, String description) {
        this.slug = slug;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }

    /** The server, not the token, is at fault: the client should retry later rather than log in again. */
    public boolean isServerSide() {
        return this == KEYS_UNAVAILABLE;
    }
}
