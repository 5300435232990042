package jp.tsunagu.tenants.access;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Which machine clients a tenant has registered. A client-credentials token of any other client of the realm is
 * refused, so that creating a client in Keycloak alone does not open the API. Implemented by the integrator.
 */
public interface ServiceClientDirectory {

    /** Whether the tenant has registered this Keycloak client id as a service client, and not withdrawn it. */
    boolean isRegistered(PrefectureCode tenant, String clientId);
}
