package jp.tsunagu.tenants.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Look-ups in the shared reference data (schema {@code registry}). The entities are cached: the data
 * changes only with a release. Works in any transaction or none, bound to a tenant or not, because the
 * tables are named with their schema.
 */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    protected ReferenceData() {
        // for CDI
    }

    /** For code that runs outside CDI (tests, tools). */
    public ReferenceData(EntityManager em) {
        this.em = em;
    }

    /** Every prefecture exists: a {@link PrefectureCode} cannot hold another value. */
    public Prefecture prefecture(PrefectureCode code) {
        Prefecture prefecture = em.find(Prefecture.class, code.value());
        if (prefecture == null) {
            throw new IllegalStateException("reference data has no prefecture " + code + ": was the registry migrated?");
        }
        return prefecture;
    }

    public String prefectureName(PrefectureCode code) {
        return prefecture(code).name();
    }

    public List<Prefecture> prefectures() {
        return em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList();
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return Optional.ofNullable(em.find(Municipality.class, code.value()));
    }

    /** Whether the code names a known municipality or ward of that prefecture (a code alone only says which prefecture it claims). */
    public boolean belongsTo(MunicipalityCode code, PrefectureCode prefecture) {
        return municipality(code).filter(m -> m.belongsTo(prefecture)).isPresent();
    }

    /** The municipalities and wards of a prefecture, in code order. */
    public List<Municipality> municipalitiesOf(PrefectureCode prefecture) {
        return em.createNamedQuery(Municipality.OF_PREFECTURE, Municipality.class)
                .setParameter("prefecture", prefecture.value())
                .getResultList();
    }
}
