package jp.tsunagu.tenants.access;

/**
 * Roles the application gives a service client by what it was registered as. They are not Keycloak roles: they come
 * from the tenant's own registration ({@link ServiceClientDirectory#registeredRoles}), checked on every request.
 */
public final class ServiceRoles {

    /** A resident portal (住民ポータル): may send residents' self-reports and receive outreach segments. */
    public static final String RESIDENT_PORTAL = "resident-portal";

    private ServiceRoles() {
    }
}
