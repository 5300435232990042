package jp.tsunagu.provisioning.agreements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.disaster.PersonalDataPurge;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * When the home's disaster instance is purged, its agreements end: those still proposed or accepted are revoked by
 * the home, so the hosts' grants under them stop at once. The rows stay (they hold no victim's data) as the record of
 * what was shared; the figure kept is how many agreements the instance had.
 */
@ApplicationScoped
public class AgreementPurge implements PersonalDataPurge {

    static final Actor PURGE = new Actor("(purge)", "(purge)");

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Clock clock;

    @Override
    public Map<String, Long> purge(UUID disasterId) {
        PrefectureCode home = tenant.require();
        List<SharingAgreement> agreements = em.createQuery("select a from SharingAgreement a where a.homePrefecture ="
                        + " :home and a.disasterId = :disaster", SharingAgreement.class)
                .setParameter("home", home.value())
                .setParameter("disaster", disasterId)
                .getResultList();
        Instant now = clock.instant();
        agreements.stream().filter(a -> !a.stateAt(now).isFinal())
                .forEach(a -> a.revoke(home, PURGE, now, Optional.of("the disaster instance was purged")));
        em.flush();
        return Map.of("agreements.total", (long) agreements.size());
    }
}
