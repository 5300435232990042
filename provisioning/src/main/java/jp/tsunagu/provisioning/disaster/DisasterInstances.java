package jp.tsunagu.provisioning.disaster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.cluster.ClusterBroadcast;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * Switches disaster instances on and takes them through their lifecycle. Runs inside a transaction bound to the
 * caller's tenant schema (the boundary opens it), so every query here sees one prefecture's data only.
 */
@ApplicationScoped
public class DisasterInstances {

    /** What a lifecycle step broadcasts: the grants of the whole tenant are read again. */
    public static final String REVOCATION_KIND = "disaster";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    @Inject
    ClusterBroadcast broadcast;

    @Inject
    CurrentTenant tenant;

    @Inject
    @Any
    Instance<PersonalDataPurge> purges;

    public DisasterInstance switchOn(PrefectureCode prefecture, DisasterDeclaration declaration, Actor actor) {
        declaration.requireNotAfter(LocalDate.now(clock));
        for (MunicipalityCode code : declaration.affectedMunicipalities()) {
            if (referenceData.municipality(code).isEmpty()) {
                throw new InvalidRequestException("affectedMunicipalities", "unknown municipality code " + code);
            }
        }
        if (findByName(declaration.name()).isPresent()) {
            throw new DuplicateDisasterNameException();
        }
        DisasterInstance instance = DisasterInstance.switchOn(prefecture, declaration, actor, clock.instant());
        em.persist(instance);
        em.flush();
        return instance;
    }

    public LifecycleStep apply(UUID id, LifecycleAction action, Actor actor, String reason) {
        DisasterInstance instance = require(id);
        LifecycleStep step = instance.apply(action, actor, clock.instant(), reason);
        if (action == LifecycleAction.PURGE) {
            Map<String, Long> figures = new TreeMap<>();
            purges.forEach(purge -> figures.putAll(purge.purge(id)));
            instance.keepStatistics(figures);
        }
        em.flush();
        // Grants of the instance may have stopped (or started again) being active: every node reads them again.
        broadcast.publish(ClusterSignal.Revocation.ofTenant(REVOCATION_KIND, tenant.require()));
        return step;
    }

    public Optional<DisasterInstance> find(UUID id) {
        return Optional.ofNullable(em.find(DisasterInstance.class, id));
    }

    public DisasterInstance require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("no disaster instance with this id"));
    }

    public List<DisasterInstance> all() {
        return em.createQuery("select d from DisasterInstance d order by d.name", DisasterInstance.class)
                .getResultList();
    }

    public long countActive() {
        return em.createQuery("select count(d) from DisasterInstance d where d.status = :status", Long.class)
                .setParameter("status", DisasterStatus.ACTIVE)
                .getSingleResult();
    }

    private Optional<DisasterInstance> findByName(String name) {
        return em.createQuery("select d from DisasterInstance d where d.name = :name", DisasterInstance.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }
}
