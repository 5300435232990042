package jp.tsunagu.tenants.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person may do right now, according to their active grants: one entry per grant, so that a role held for
 * one municipality never spreads to another. Never empty: no active grant means no AccessScope at all.
 */
public record AccessScope(List<ScopedRole> grants) {

    public AccessScope {
        grants = List.copyOf(grants);
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("an access scope holds at least one active grant");
        }
    }

    public Set<String> roles() {
        return grants.stream().map(ScopedRole::role).collect(Collectors.toUnmodifiableSet());
    }

    /** The scope codes for which the person holds this role. */
    public Set<String> scopeCodesOf(String role) {
        return grants.stream().filter(grant -> grant.role().equals(role)).map(ScopedRole::scopeCode)
                .collect(Collectors.toUnmodifiableSet());
    }
}
