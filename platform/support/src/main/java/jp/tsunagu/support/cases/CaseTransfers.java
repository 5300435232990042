package jp.tsunagu.support.cases;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * A transfer asked for by someone acting for a party (a municipality, an organisation, a host municipality through an
 * agreement, the prefecture): only the case's holder, or the prefecture, hands it on; a case nobody holds is claimed,
 * not transferred (409); the target must be a party the case can be held by ({@link Parties#target}), and a support
 * organisation only with the person's consent ({@link OrganisationConsent}). Runs in a
 * transaction bound to the tenant that keeps the case.
 */
@ApplicationScoped
public class CaseTransfers {

    @Inject
    SupportCases cases;

    @Inject
    Parties parties;

    @Inject
    OrganisationConsent consent;

    public CaseHandover transfer(UUID disasterId, UUID personId, ActingFor by, TransferRequest body, Actor actor) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body with toKind, the target and a reason is required");
        }
        SupportCase current = cases.find(disasterId, personId).filter(c -> c.holder().isPresent())
                .orElseThrow(() -> new SupportCase.CaseHeldException("nobody holds this case: claim it instead"));
        if (!CaseAccess.isPrefecture(by) && !current.isHeldBy(by)) {
            throw new NotHolderException();
        }
        ActingFor to = parties.target(disasterId, body.toKind(), body.organisationId(), body.municipalityCode());
        if (to.scopeKind().equals(ScopeKind.SUPPORT_ORGANISATION.name())) {
            // Handing the case on is providing the person's data to the organisation: only with their consent.
            consent.require(disasterId, personId, to, "organisationId");
        }
        return cases.transfer(disasterId, personId, to, body.reason(), actor);
    }

    /** Only the holder of a case, or the prefecture, hands it on. */
    public static class NotHolderException extends ProblemException {

        NotHolderException() {
            super(ProblemKind.FORBIDDEN, "only the case's holder or the prefecture transfers it");
        }
    }
}
