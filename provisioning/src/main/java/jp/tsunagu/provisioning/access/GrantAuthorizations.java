package jp.tsunagu.provisioning.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.accounts.AccountGrant;
import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.tenants.access.AccessScope;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerAuthorizations;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.access.TenantWork;

/**
 * A person may work while they hold an active grant, read from the tenant's schema on every request: a revoked
 * or expired grant stops the very next request on any node, even while the person's token is still valid.
 */
@ApplicationScoped
public class GrantAuthorizations implements CallerAuthorizations {

    @Inject
    TenantWork work;

    @Inject
    AccountGrants grants;

    @Inject
    Clock clock;

    @Override
    public Optional<AccessScope> activeScopeOf(Caller person) {
        List<ScopedRole> roles = work.run(person.requireTenant(), () -> grants.activeGrantsOf(person.subject(),
                clock.instant()).stream().map(GrantAuthorizations::scopedRole).toList());
        return roles.isEmpty() ? Optional.empty() : Optional.of(new AccessScope(roles));
    }

    private static ScopedRole scopedRole(AccountGrant grant) {
        String scopeCode = grant.municipality().map(Object::toString)
                .or(() -> grant.organisation().map(org -> org.id().toString()))
                .orElseThrow();
        return new ScopedRole(grant.role().realmRole(), grant.scopeKind().name(), scopeCode, contextOf(grant));
    }

    /**
     * A grant's context: the disaster instance id, or {@code agreement:<id>} for work under a sharing agreement, so
     * that the two can never be taken for each other.
     */
    public static String contextOf(AccountGrant grant) {
        return grant.disaster().map(d -> d.id().toString())
                .orElseGet(() -> agreementContext(grant.agreement().orElseThrow().id()));
    }

    public static String agreementContext(java.util.UUID agreementId) {
        return "agreement:" + agreementId;
    }
}
