package jp.tsunagu.tenants.access;

/** What kind of party sent a request; each kind is recognised by a different token shape. */
public enum CallerKind {
    /** Tenant staff or a prefecture admin, logged in to the prefecture's realm with OTP. */
    PERSON,
    /** A machine client of one tenant, holding a client-credentials token of a registered service client. */
    SERVICE,
    /** A national operator, logged in to the operator realm with OTP; belongs to no tenant. */
    OPERATOR
}
