package jp.tsunagu.provisioning.agreements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.registry.TenantRegistry;
import jp.tsunagu.tenants.registry.TenantStatus;

/**
 * The agreements a prefecture is party to. Every lookup names the prefecture asking and finds only agreements it is
 * home or host of: the rows share one schema, so this is where one tenant is kept from another's agreements. Runs in
 * a transaction bound to the asking tenant (a proposal checks the home's disaster instance there). Nothing is cached:
 * each call reads the row as it is now.
 */
@ApplicationScoped
public class SharingAgreements {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    DisasterInstances disasters;

    @Inject
    TenantRegistry tenants;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    @Inject
    Event<AgreementAccepted> accepted;

    /** The home prefecture's proposal for one of its active disaster instances, to another onboarded prefecture. */
    public SharingAgreement propose(PrefectureCode home, AgreementTerms terms, Actor actor) {
        boolean hostServes = tenants.find(terms.host()).filter(t -> t.status() == TenantStatus.ONBOARDED).isPresent();
        if (!hostServes || terms.host().equals(home)) {
            throw new InvalidRequestException("hostPrefecture", "the host must be another prefecture using Tsunagu");
        }
        for (MunicipalityCode code : terms.hostMunicipalities()) {
            if (referenceData.municipality(code).isEmpty()) {
                throw new InvalidRequestException("hostMunicipalities", "unknown municipality code " + code);
            }
        }
        DisasterInstance disaster = disasters.find(terms.disasterId())
                .orElseThrow(() -> new InvalidRequestException("disasterId", "no disaster instance with this id"));
        if (!disaster.status().isWritable()) {
            throw new DisasterNotSharableException();
        }
        Instant now = clock.instant();
        if (!terms.validUntil().isAfter(now)) {
            throw new InvalidRequestException("validUntil", "validUntil must lie in the future");
        }
        SharingAgreement agreement = new SharingAgreement(home, disaster.name(), terms, actor, now);
        em.persist(agreement);
        em.flush();
        return agreement;
    }

    /** The agreements the prefecture is home or host of, newest proposal first. */
    public List<SharingAgreement> of(PrefectureCode party) {
        return em.createQuery("select a from SharingAgreement a where a.homePrefecture = :party"
                        + " or a.hostPrefecture = :party order by a.proposedAt desc", SharingAgreement.class)
                .setParameter("party", party.value())
                .getResultList();
    }

    /** The agreement, if the prefecture is a party to it; others learn nothing of it. */
    public Optional<SharingAgreement> find(UUID id, PrefectureCode party) {
        return Optional.ofNullable(em.find(SharingAgreement.class, id)).filter(a -> a.isParty(party));
    }

    public SharingAgreement require(UUID id, PrefectureCode party) {
        return find(id, party).orElseThrow(() -> new NotFoundException("no agreement with this id"));
    }

    /** The agreement the host may use right now, read from the database on every call. */
    public Optional<SharingAgreement> inForceForHost(UUID id, PrefectureCode host, Instant now) {
        return find(id, host).filter(a -> a.host().equals(host) && a.isInForceAt(now));
    }

    public SharingAgreement accept(UUID id, PrefectureCode party, Actor actor) {
        SharingAgreement agreement = require(id, party);
        Instant now = clock.instant();
        agreement.accept(party, actor, now);
        em.flush();
        accepted.fire(AgreementAccepted.of(agreement, now));
        return agreement;
    }

    public SharingAgreement decline(UUID id, PrefectureCode party, Actor actor, Optional<String> reason) {
        SharingAgreement agreement = require(id, party);
        agreement.decline(party, actor, clock.instant(), reason);
        em.flush();
        return agreement;
    }

    public SharingAgreement revoke(UUID id, PrefectureCode party, Actor actor, Optional<String> reason) {
        SharingAgreement agreement = require(id, party);
        agreement.revoke(party, actor, clock.instant(), reason);
        em.flush();
        return agreement;
    }

    /** Only an active instance's data is offered: a closing or archived one is winding down. */
    public static class DisasterNotSharableException extends ProblemException {
        DisasterNotSharableException() {
            super(ProblemKind.CONFLICT, "disasterId", "only an active disaster instance can be shared");
        }
    }
}
