package jp.tsunagu.provisioning.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.agreements.AgreementState;
import jp.tsunagu.provisioning.agreements.SharingAgreement;
import jp.tsunagu.provisioning.agreements.SharingAgreements;
import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.cluster.ClusterBroadcast;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * Grants and revokes accounts for a disaster instance. Runs inside a transaction bound to the caller's tenant.
 * The account is created in Keycloak first: if the database then fails, an account with no grant is left, which
 * can do nothing (every request needs an active grant) and is reused by the next attempt.
 */
@ApplicationScoped
public class AccountGrants {

    /** What a grant\'s change broadcasts: the account\'s grants are read again on every node. */
    public static final String REVOCATION_KIND = "grant";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AccountGrants.class.getName());

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    DisasterInstances disasters;

    @Inject
    StaffDirectory directory;

    @Inject
    ReferenceData referenceData;

    @Inject
    SharingAgreements agreements;

    @Inject
    Clock clock;

    @Inject
    ClusterBroadcast broadcast;

    public record Issued(AccountGrant grant, ProvisionedAccount account) {
    }

    public Issued grant(PrefectureCode prefecture, UUID disasterId, GrantOrder order, Actor actor) {
        DisasterInstance disaster = disasters.require(disasterId);
        if (!disaster.status().isWritable()) {
            throw new DisasterNotActiveException();
        }
        Instant now = clock.instant();
        if (!order.expiresAt().isAfter(now)) {
            throw new InvalidRequestException("expiresAt", "the expiry must lie in the future");
        }
        GrantScope scope = scopeOf(order);
        order.municipality().ifPresent(code -> {
            if (referenceData.municipality(code).isEmpty()) {
                throw new InvalidRequestException("municipalityCode", "unknown municipality code " + code);
            }
        });
        scope.requireFits(disaster, prefecture, order.role());
        ProvisionedAccount account = directory.ensureAccount(prefecture, order.account(), Set.of(order.role().realmRole()));
        AccountGrant grant = new AccountGrant(disaster, account.subject(), account.username(), scope, order.role(),
                order.expiresAt(), actor, now);
        em.persist(grant);
        em.flush();
        broadcast.publish(ClusterSignal.Revocation.of(REVOCATION_KIND, prefecture, account.subject()));
        return new Issued(grant, account);
    }

    /**
     * The host prefecture grants one of its own municipalities' staff work under an agreement it accepted: an account
     * in the host's own realm (password + OTP like every account), a grant naming the agreement. Only while the
     * agreement is accepted and not over, and only for a municipality it covers.
     */
    public Issued grantUnderAgreement(PrefectureCode host, UUID agreementId, GrantOrder order, Actor actor) {
        SharingAgreement agreement = requireHostOf(host, agreementId);
        Instant now = clock.instant();
        AgreementState state = agreement.stateAt(now);
        if (state != AgreementState.IN_FORCE && state != AgreementState.SCHEDULED) {
            throw new AgreementNotUsableException();
        }
        if (!order.expiresAt().isAfter(now)) {
            throw new InvalidRequestException("expiresAt", "the expiry must lie in the future");
        }
        if (!order.role().isMunicipal()) {
            throw new InvalidRequestException("role", "work under an agreement is for municipal staff");
        }
        var municipality = order.municipality().orElseThrow(AccountGrants::missingMunicipality);
        if (referenceData.municipality(municipality).isEmpty() || !agreement.covers(municipality)) {
            throw new InvalidRequestException("municipalityCode",
                    "the municipality is not a host municipality this agreement covers");
        }
        ProvisionedAccount account = directory.ensureAccount(host, order.account(), Set.of(order.role().realmRole()));
        AccountGrant grant = new AccountGrant(agreement, account.subject(), account.username(),
                GrantScope.agreementHost(municipality), order.role(), order.expiresAt(), actor, now);
        em.persist(grant);
        em.flush();
        return new Issued(grant, account);
    }

    /** The host's grants under an agreement, oldest first. */
    public List<AccountGrant> underAgreement(PrefectureCode host, UUID agreementId) {
        requireHostOf(host, agreementId);
        return em.createQuery("select g from AccountGrant g where g.agreement.id = :agreement order by g.grantedAt",
                        AccountGrant.class)
                .setParameter("agreement", agreementId)
                .getResultList();
    }

    public AccountGrant revokeUnderAgreement(PrefectureCode host, UUID agreementId, UUID grantId, Actor actor,
                                             String reason) {
        requireHostOf(host, agreementId);
        AccountGrant grant = em.find(AccountGrant.class, grantId);
        if (grant == null || grant.agreement().filter(a -> a.id().equals(agreementId)).isEmpty()) {
            throw new NotFoundException("no such grant under this agreement");
        }
        return revoke(host, grant, actor, reason);
    }

    // Only the host grants under an agreement: the home's admin and everyone else find nothing.
    private SharingAgreement requireHostOf(PrefectureCode host, UUID agreementId) {
        return agreements.find(agreementId, host).filter(a -> a.host().equals(host))
                .orElseThrow(() -> new NotFoundException("no agreement with this id"));
    }

    public AccountGrant revoke(PrefectureCode prefecture, UUID disasterId, UUID grantId, Actor actor, String reason) {
        return revoke(prefecture, require(disasterId, grantId), actor, reason);
    }

    private AccountGrant revoke(PrefectureCode prefecture, AccountGrant grant, Actor actor, String reason) {
        Instant now = clock.instant();
        grant.revoke(actor, now, reason);
        em.flush();
        // Refused on every node within a second of the commit (GrantAuthorizations caches active grants).
        broadcast.publish(ClusterSignal.Revocation.of(REVOCATION_KIND, prefecture, grant.accountSubject()));
        if (activeGrantsOf(grant.accountSubject(), now).isEmpty()) {
            disableQuietly(prefecture, grant.accountSubject());
        }
        return grant;
    }

    // The revocation itself is what stops the person (grants are checked on every request); disabling the account
    // is an extra door closed, and an unreachable Keycloak must not undo the revocation.
    private void disableQuietly(PrefectureCode prefecture, String subject) {
        try {
            directory.disable(prefecture, subject);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Revoked grant's account could not be disabled now: " + e.getClass().getSimpleName());
        }
    }

    public List<AccountGrant> of(UUID disasterId) {
        disasters.require(disasterId);
        return em.createQuery("select g from AccountGrant g where g.disaster.id = :disaster order by g.grantedAt",
                        AccountGrant.class)
                .setParameter("disaster", disasterId)
                .getResultList();
    }

    /** The grants that let this account work right now, checked on every request. */
    public List<AccountGrant> activeGrantsOf(String subject, Instant now) {
        return em.createQuery("select g from AccountGrant g where g.accountSubject = :subject"
                        + " and g.revokedAt is null and g.expiresAt > :now", AccountGrant.class)
                .setParameter("subject", subject)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .filter(grant -> grant.isActiveAt(now))
                .toList();
    }

    public long countActive(Instant now) {
        return em.createQuery("select count(g) from AccountGrant g where g.revokedAt is null and g.expiresAt > :now",
                        Long.class)
                .setParameter("now", now)
                .getSingleResult();
    }

    private AccountGrant require(UUID disasterId, UUID grantId) {
        AccountGrant grant = em.find(AccountGrant.class, grantId);
        if (grant == null || grant.disaster().filter(d -> d.id().equals(disasterId)).isEmpty()) {
            throw new NotFoundException("no such grant in this disaster instance");
        }
        return grant;
    }

    private GrantScope scopeOf(GrantOrder order) {
        return switch (order.scopeKind()) {
            case AFFECTED_MUNICIPALITY -> GrantScope.affected(order.municipality().orElseThrow(() -> missingMunicipality()));
            case HOST_MUNICIPALITY -> GrantScope.host(order.municipality().orElseThrow(() -> missingMunicipality()));
            case SUPPORT_ORGANISATION -> GrantScope.organisation(order.organisationId()
                    .map(id -> em.find(SupportOrganisation.class, id))
                    .orElseThrow(() -> new InvalidRequestException("organisationId",
                            "a registered support organisation is required")));
            case AGREEMENT_HOST_MUNICIPALITY -> throw new InvalidRequestException("scope",
                    "grants under a sharing agreement are given through the agreement");
        };
    }

    private static InvalidRequestException missingMunicipality() {
        return new InvalidRequestException("municipalityCode", "municipalityCode is required for a municipality scope");
    }

    /** Grants under an agreement are given only while it is accepted and not over. */
    public static class AgreementNotUsableException extends ProblemException {
        AgreementNotUsableException() {
            super(ProblemKind.CONFLICT, "agreementId", "grants are given only under an accepted agreement that is not over");
        }
    }

    /** Accounts are granted only while the disaster instance is active. */
    public static class DisasterNotActiveException extends ProblemException {
        DisasterNotActiveException() {
            super(ProblemKind.CONFLICT, "disasterId", "accounts can be granted only while the disaster instance is active");
        }
    }
}
