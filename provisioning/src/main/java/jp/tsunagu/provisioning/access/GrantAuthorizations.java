package jp.tsunagu.provisioning.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.accounts.AccountGrant;
import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.tenants.access.AccessScope;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerAuthorizations;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.cluster.ClusterGrid;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.cluster.RevocableCache;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A person may work while they hold an active grant. The active grants are read from the tenant's schema and kept on
 * this node for at most {@code tsunagu.access.grant-cache-ttl} (default 30 s) and never past the earliest expiry among
 * them; a grant issued or revoked, or a disaster instance's lifecycle step, is broadcast to every node (see
 * {@link ClusterSignal.Revocation}), which reads the person's grants again on their next request: a revoked grant
 * stops the person on every node within a second, even while their token is still valid. A node that does not see a
 * quorum of the cluster reads the grants on every request.
 */
@ApplicationScoped
public class GrantAuthorizations implements CallerAuthorizations {

    private record Holder(PrefectureCode tenant, String subject) {
    }

    @Inject
    TenantWork work;

    @Inject
    AccountGrants grants;

    @Inject
    ClusterGrid grid;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tsunagu.access.grant-cache-ttl", defaultValue = "PT30S")
    Duration timeToLive;

    private RevocableCache<Holder, Optional<AccessScope>> active;

    @Override
    public Optional<AccessScope> activeScopeOf(Caller person) {
        return cache().get(new Holder(person.requireTenant(), person.subject()), this::read);
    }

    private RevocableCache.Answer<Optional<AccessScope>> read(Holder holder) {
        return work.run(holder.tenant(), () -> {
            List<AccountGrant> held = grants.activeGrantsOf(holder.subject(), clock.instant());
            Optional<Instant> firstExpiry = held.stream().map(AccountGrant::expiresAt).min(Instant::compareTo);
            List<ScopedRole> roles = held.stream().map(GrantAuthorizations::scopedRole).toList();
            return new RevocableCache.Answer<>(roles.isEmpty() ? Optional.<AccessScope>empty()
                    : Optional.of(new AccessScope(roles)), firstExpiry);
        });
    }

    void revoked(@Observes ClusterSignal.Revocation revocation) {
        cache().evict(holder -> revocation.concerns(holder.tenant(), holder.subject()));
    }

    void membershipChanged(@Observes ClusterSignal.MembershipChanged changed) {
        cache().clear();
    }

    private synchronized RevocableCache<Holder, Optional<AccessScope>> cache() {
        if (active == null) {
            active = new RevocableCache<>(timeToLive, 100_000, grid::isQuorate, clock);
        }
        return active;
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
