package jp.tsunagu.app.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.registry.Tenant;

/**
 * Notes when a tenant was last used, for the operator plane. Writes at most once a minute per tenant and node:
 * operators need "active today", not a write on every request.
 */
@ApplicationScoped
public class TenantActivity {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<PrefectureCode, Instant> lastWritten = new ConcurrentHashMap<>();

    /**
     * Whether the tenant's activity is to be written now. Asked before {@link #noteActivity}, outside any transaction:
     * nearly every request finds it written within the minute and so begins no transaction at all.
     */
    public boolean isDue(PrefectureCode tenant) {
        Instant last = lastWritten.get(tenant);
        return last == null || !last.plus(RESOLUTION).isAfter(clock.instant());
    }

    /** Its own transaction: the request's may have rolled back. Without a write it opens no connection. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noteActivity(PrefectureCode tenant) {
        Instant now = clock.instant();
        if (!isDue(tenant)) {
            return;
        }
        Tenant row = em.find(Tenant.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            row.touch(now);
            em.flush();
        }
        lastWritten.put(tenant, now);
    }
}
