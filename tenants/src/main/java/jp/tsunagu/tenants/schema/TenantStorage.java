package jp.tsunagu.tenants.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * How much disk a tenant's schema takes: tables, their indexes and TOAST, as PostgreSQL counts them. A figure for
 * the operator plane and the capacity plan; it reads the catalogue only, never a row.
 */
@ApplicationScoped
public class TenantStorage {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public long bytesUsed(PrefectureCode tenant) {
        Object bytes = em.createNativeQuery("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?1 AND c.relkind IN ('r', 'm')")
                .setParameter(1, TenantSchema.of(tenant).name())
                .getSingleResult();
        return ((Number) bytes).longValue();
    }
}
