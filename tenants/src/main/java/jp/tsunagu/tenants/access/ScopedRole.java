package jp.tsunagu.tenants.access;

import java.util.Objects;

/**
 * One role a person currently holds, and for what. The tenants module does not interpret the scope: the module that
 * grants access (provisioning) chooses the words, e.g. role {@code municipality-staff}, scope kind
 * {@code AFFECTED_MUNICIPALITY}, scope code {@code 172014}, context the disaster instance id.
 *
 * @param role      the role name, e.g. {@code municipality-staff}
 * @param scopeKind what kind of thing the scope code names
 * @param scopeCode the municipality code, organisation id, ... the role acts for
 * @param context   what the role is held within, e.g. a disaster instance id
 */
public record ScopedRole(String role, String scopeKind, String scopeCode, String context) {

    public ScopedRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(scopeCode, "scopeCode");
        Objects.requireNonNull(context, "context");
    }
}
