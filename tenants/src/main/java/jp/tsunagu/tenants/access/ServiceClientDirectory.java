package jp.tsunagu.tenants.access;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Which machine clients a tenant has registered. A client-credentials token of any other client of the realm is
 * refused, so that creating a client in Keycloak alone does not open the API. Implemented by the integrator.
 */
public interface ServiceClientDirectory {

    /** Whether the tenant has registered this Keycloak client id as a service client, and not withdrawn it. */
    boolean isRegistered(PrefectureCode tenant, String clientId);

    /**
     * The roles the tenant gave the client when registering it (e.g. {@link ServiceRoles#RESIDENT_PORTAL}), if it is
     * registered and not withdrawn; empty otherwise. These, not the token's realm roles, are a service caller's roles:
     * a role added to the client's service account in Keycloak by hand opens nothing.
     */
    default Optional<Set<String>> registeredRoles(PrefectureCode tenant, String clientId) {
        return isRegistered(tenant, clientId) ? Optional.of(Set.of()) : Optional.empty();
    }

    /** Where the registered client receives the tenant's deliveries (a resident portal's webhook), if it gave one. */
    default Optional<URI> webhookOf(PrefectureCode tenant, String clientId) {
        return Optional.empty();
    }
}
