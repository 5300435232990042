package jp.tsunagu.audit.trail;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acted, as the log keeps it: the account's stable subject id and login name (never the person's name), the
 * tenant whose realm signed their token (under a sharing agreement not the tenant whose log this is), the capacity
 * in which they acted ({@link jp.tsunagu.audit.basis.Accessor} name, or {@code UNKNOWN} when refused before it was
 * known), their roles and what the roles are for (municipality codes, organisation ids), both sorted, comma separated.
 */
public record AuditActor(String subject, String username, Optional<String> tenant, String capacity, String roles,
                         String scope) {

    public static final String UNKNOWN = "UNKNOWN";

    public AuditActor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(scope, "scope");
    }

    public AuditActor withCapacity(String known) {
        return new AuditActor(subject, username, tenant, known, roles, scope);
    }

    @Override
    public String toString() {
        return "AuditActor[" + capacity + tenant.map(t -> ", tenant " + t).orElse("") + "]";
    }
}
