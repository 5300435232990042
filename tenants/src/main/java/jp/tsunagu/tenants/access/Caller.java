package jp.tsunagu.tenants.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Who sent a request, as proven by a verified token. The tenant comes from the realm that signed the token,
 * never from a claim or a header. Only operators have no tenant.
 *
 * @param kind       how the caller logged in
 * @param tenant     the prefecture whose realm issued the token; empty only for operators
 * @param subject    Keycloak user id (people, operators) or the service client id (services)
 * @param username   {@code preferred_username}, for display only: never use it to decide anything
 * @param realmRoles the token's realm roles; for a service client, the roles its registration gave it
 * @param clientId   the client the token was issued to ({@code azp})
 */
public record Caller(CallerKind kind, Optional<PrefectureCode> tenant, String subject, String username,
                     Set<String> realmRoles, String clientId) {

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenant, "tenant");
        requireText(subject, "subject");
        requireText(username, "username");
        realmRoles = Set.copyOf(Objects.requireNonNull(realmRoles, "realmRoles"));
        requireText(clientId, "clientId");
        if ((kind == CallerKind.OPERATOR) != tenant.isEmpty()) {
            throw new IllegalArgumentException("operators, and only operators, have no tenant");
        }
    }

    public boolean hasRole(String realmRole) {
        return realmRoles.contains(realmRole);
    }

    /** A person holding the prefecture-admin role of their own prefecture's realm. */
    public boolean isPrefectureAdmin() {
        return kind == CallerKind.PERSON && hasRole(KeycloakNames.PREFECTURE_ADMIN_ROLE);
    }

    /** An operator holding the national-operator role of the operator realm. */
    public boolean isNationalOperator() {
        return kind == CallerKind.OPERATOR && hasRole(KeycloakNames.NATIONAL_OPERATOR_ROLE);
    }

    /** The caller's tenant; for code that only tenant callers may reach. */
    public PrefectureCode requireTenant() {
        return tenant.orElseThrow(() -> new IllegalStateException("an operator has no tenant"));
    }

    /** Leaves out the username and subject so that a logged caller shows no personal data. */
    @Override
    public String toString() {
        return "Caller[" + kind + tenant.map(t -> ", tenant " + t).orElse("") + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
