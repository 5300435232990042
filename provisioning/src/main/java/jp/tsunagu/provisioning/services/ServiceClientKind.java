package jp.tsunagu.provisioning.services;

import java.util.Set;

import jp.tsunagu.tenants.access.ServiceRoles;

/** What a service client was registered as; decides the roles its tokens carry in the application. */
public enum ServiceClientKind {
    /** A partner system: recognised, but holds no role. */
    GENERAL("general", Set.of()),
    /** A resident portal (住民ポータル): sends self-reports, receives outreach segments. */
    RESIDENT_PORTAL("resident-portal", Set.of(ServiceRoles.RESIDENT_PORTAL));

    private final String slug;
    private final Set<String> roles;

    ServiceClientKind(String slug, Set<String> roles) {
        this.slug = slug;
        this.roles = roles;
    }

    public String slug() {
        return slug;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The kind named in a request (its slug); general when none is named. */
    public static ServiceClientKind ofSlug(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            return GENERAL;
        }
        for (ServiceClientKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new jp.tsunagu.tenants.problem.InvalidRequestException(field, "kind is general or resident-portal");
    }
}
