package jp.tsunagu.tenants.registry;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/** Placeholder until the registry lands: looks a municipality's name up in the registry schema. */
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public Optional<String> municipality(MunicipalityCode code) {
        return em.createNativeQuery("select name from registry.municipality where code = ?1")
                .setParameter(1, code.value())
                .getResultStream()
                .findFirst()
                .map(Object::toString);
    }
}
