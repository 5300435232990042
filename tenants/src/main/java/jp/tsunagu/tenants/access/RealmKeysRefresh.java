package jp.tsunagu.tenants.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import jp.tsunagu.tenants.cluster.ClusterSignal;

/**
 * Every node forgets a realm's cached signing keys when its tenant changes (onboarded, its realm made again, its keys
 * rotated by an operator): a token signed with a key the realm no longer has stops verifying on every node at once,
 * not when each node's cache expires.
 */
@ApplicationScoped
public class RealmKeysRefresh {

    @Inject
    RealmKeys keys;

    void forget(@Observes ClusterSignal.TenantChanged changed) {
        keys.forget(Optional.of(changed.tenant()));
    }
}
