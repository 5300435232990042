package jp.tsunagu.tenants.registry;

/** The steps of onboarding a tenant, in the order they must be done (each needs the ones before it). */
public enum OnboardingStep {
    /** Schema tenant_NN created and migrated. */
    SCHEMA,
    /** Keycloak realm pref-NN created. */
    REALM,
    /** The realm's clients (tsunagu-web) and audience mapper created. */
    CLIENTS,
    /** The first prefecture-admin account created. */
    FIRST_ADMIN
}
