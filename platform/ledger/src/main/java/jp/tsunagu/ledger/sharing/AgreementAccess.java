package jp.tsunagu.ledger.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.BasisPolicy;
import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.access.GrantAuthorizations;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.agreements.SharingAgreement;
import jp.tsunagu.provisioning.agreements.SharingAgreements;
import jp.tsunagu.provisioning.agreements.SharingPermission;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Decides whether the caller may work under an agreement right now. All of these must hold, checked on every request
 * from the database (no cache, so a revocation or the end of the period stops the next request on any node):
 * the caller holds an active grant under this agreement (loaded for this request from their own tenant's schema by
 * the access filter); the agreement's host is the caller's own prefecture (from the token's realm); it is accepted,
 * not revoked, within its period; it covers a municipality the caller is granted for. Anything else is 404: nobody
 * learns that an agreement exists from it. A permission the agreement does not give is 403.
 */
@ApplicationScoped
public class AgreementAccess {

    @Inject
    CallerContext callers;

    @Inject
    SharingAgreements agreements;

    @Inject
    AuditNotes notes;

    @Inject
    Clock clock;

    /**
     * The caller's work under the agreement, or 404 / 403. The access log learns the capacity (another prefecture's
     * municipality under an agreement) and, once let in, the ground: provision to another local government
     * (90条の4第1項第3号).
     */
    public HostWork require(UUID agreementId, SharingPermission needed) {
        notes.capacity(Accessor.AGREEMENT_HOST);
        Caller caller = callers.require();
        PrefectureCode host = caller.requireTenant();
        Set<MunicipalityCode> granted = grantedMunicipalities(agreementId);
        if (granted.isEmpty()) {
            throw notFound();
        }
        Instant now = clock.instant();
        SharingAgreement agreement = agreements.inForceForHost(agreementId, host, now).orElseThrow(AgreementAccess::notFound);
        Set<MunicipalityCode> area = granted.stream().filter(agreement::covers).collect(Collectors.toUnmodifiableSet());
        if (area.isEmpty()) {
            throw notFound();
        }
        notes.access(GrantAuthorizations.agreementContext(agreementId), Accessor.AGREEMENT_HOST,
                BasisPolicy.forRead(Accessor.AGREEMENT_HOST));
        if (!agreement.permits(needed)) {
            throw new NotPermittedException(needed);
        }
        return new HostWork(agreement.id(), agreement.home(), agreement.disasterId(), agreement.items(),
                agreement.permissions(), area, host, new Actor(caller.subject(), caller.username()));
    }

    /**
     * Checks again, inside the home-bound transaction that reads or writes the data, that the agreement is still in
     * force: what that transaction does happens under an agreement it saw in force.
     */
    public void confirmInForce(HostWork work) {
        if (agreements.inForceForHost(work.agreementId(), work.host(), clock.instant()).isEmpty()) {
            throw notFound();
        }
    }

    private Set<MunicipalityCode> grantedMunicipalities(UUID agreementId) {
        String context = GrantAuthorizations.agreementContext(agreementId);
        return callers.accessScope()
                .map(scope -> scope.grants().stream()
                        .filter(grant -> grant.context().equals(context))
                        .filter(grant -> grant.scopeKind().equals(ScopeKind.AGREEMENT_HOST_MUNICIPALITY.name()))
                        .map(ScopedRole::scopeCode).map(MunicipalityCode::of)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    static NotFoundException notFound() {
        return new NotFoundException("no agreement with this id");
    }

    /** The agreement does not give the host this permission. */
    public static class NotPermittedException extends ProblemException {
        NotPermittedException(SharingPermission permission) {
            super(ProblemKind.FORBIDDEN, "the agreement does not permit " + permission.id());
        }
    }
}
