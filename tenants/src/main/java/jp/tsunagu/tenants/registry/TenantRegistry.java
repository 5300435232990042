package jp.tsunagu.tenants.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The 47 tenants (schema {@code registry}). Changes to a {@link Tenant} found here are saved by the caller's
 * transaction; concurrent changes to the same tenant fail with an OptimisticLockException.
 */
@ApplicationScoped
public class TenantRegistry {

    @PersistenceContext
    EntityManager em;

    protected TenantRegistry() {
        // for CDI
    }

    /** For code that runs outside CDI (tests, tools). */
    public TenantRegistry(EntityManager em) {
        this.em = em;
    }

    public Optional<Tenant> find(PrefectureCode code) {
        return Optional.ofNullable(em.find(Tenant.class, code.value()));
    }

    /** All tenants in code order, dormant ones included. */
    public List<Tenant> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
    }

    /** The tenants that serve requests, in code order. */
    public List<Tenant> onboarded() {
        return withStatus(TenantStatus.ONBOARDED);
    }

    public List<Tenant> withStatus(TenantStatus status) {
        return em.createNamedQuery(Tenant.WITH_STATUS, Tenant.class).setParameter("status", status).getResultList();
    }
}
