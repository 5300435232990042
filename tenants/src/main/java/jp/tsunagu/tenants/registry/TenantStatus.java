package jp.tsunagu.tenants.registry;

/** Where a prefecture's tenant stands. Every prefecture is a tenant from the start, dormant until a disaster needs it. */
public enum TenantStatus {
    /** Registered, nothing created: no schema, no realm. */
    DORMANT,
    /** Onboarding has begun; some steps may be done. A half-done onboarding is resumed, never restarted. */
    ONBOARDING,
    /** Schema, realm, clients and first administrator exist; the tenant serves requests. */
    ONBOARDED
}
