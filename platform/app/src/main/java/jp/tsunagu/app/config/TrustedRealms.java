package jp.tsunagu.app.config;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import jp.tsunagu.tenants.access.IssuerDirectory;
import jp.tsunagu.tenants.access.OnboardedRealms;
import jp.tsunagu.tenants.access.RealmIssuers;
import jp.tsunagu.tenants.cluster.ClusterGrid;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.cluster.RevocableCache;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;

/**
 * Which token issuers the application trusts: the operator realm and the realms of onboarded tenants. Whether a tenant
 * is onboarded is read from the registry and kept a minute on this node; a change of the tenant (its onboarding
 * completes) is broadcast to every node, which reads it again at once, and a node without a quorum reads the registry
 * on every request.
 */
@ApplicationScoped
public class TrustedRealms {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

    @Inject
    TenantRegistry registry;

    @Inject
    ClusterGrid grid;

    @Inject
    Clock clock;

    private RevocableCache<PrefectureCode, Boolean> onboarded;

    @Produces
    @Singleton
    IssuerDirectory issuers(RealmIssuers realms) {
        return new OnboardedRealms(realms, code -> cache().get(code,
                tenant -> RevocableCache.Answer.of(registry.find(tenant).map(Tenant::isOnboarded).orElse(false))));
    }

    void changed(@Observes ClusterSignal.TenantChanged changed) {
        cache().evict(changed.tenant()::equals);
    }

    void membershipChanged(@Observes ClusterSignal.MembershipChanged changed) {
        cache().clear();
    }

    private synchronized RevocableCache<PrefectureCode, Boolean> cache() {
        if (onboarded == null) {
            onboarded = new RevocableCache<>(TIME_TO_LIVE, 100, grid::isQuorate, clock);
        }
        return onboarded;
    }
}
