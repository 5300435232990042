package jp.tsunagu.support.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.audit.basis.BasisPolicy;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.PersonVisibility;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Who may read and add to a person's support case, and for whom they act:
 * <ul>
 * <li>municipal staff and the prefecture: whoever sees the person in the ledger ({@code PersonScope}: the home
 *     municipality, a host municipality where the person is now, the prefecture), acting for that municipality or the
 *     prefecture;</li>
 * <li>a support organisation's worker: the persons whose case their organisation holds, or in whose case it has
 *     recorded something (so a team that handed a case on still sees what it wrote and what followed), and only while
 *     the person's consent covers the organisation ({@link OrganisationConsent}; else 403).</li>
 * </ul>
 * Anyone else gets 404, as for a person who does not exist. A person absorbed by a merge is the person they became.
 * The person and, for municipalities and the prefecture, the ledger's ground are noted for the access log.
 */
@ApplicationScoped
public class CaseAccess {

    /** Who acts, for whom, on which person (the surviving one after merges). */
    public record Acting(Actor actor, ActingFor actingFor, UUID personId) {
    }

    @Inject
    LedgerAccess access;

    @Inject
    PersonVisibility visibility;

    @Inject
    LedgerPersons persons;

    @Inject
    SupportCases cases;

    @Inject
    AuditNotes notes;

    @Inject
    OrganisationConsent consent;

    public Acting require(UUID disasterId, UUID personId, boolean writes) {
        Actor actor = access.require(writes ? LedgerWork.CASE_RECORD : LedgerWork.CASE_READ, disasterId);
        UUID person = persons.find(disasterId, personId).map(p -> persons.current(disasterId, p.id()).id())
                .orElseThrow(CaseAccess::notFound);
        notes.persons(List.of(person));
        if (visibility.sees(access.scope(disasterId), disasterId, person)) {
            // The ledger's ground for whoever sees the person there: internal use, or another local government's.
            notes.basis(BasisPolicy.forRead(access.capacity(disasterId)));
            return new Acting(actor, access.actingFor(disasterId, person), person);
        }
        Optional<SupportCase> supportCase = cases.find(disasterId, person);
        ActingFor organisation = access.organisations(disasterId).stream().sorted(Comparator.naturalOrder())
                .map(org -> new ActingFor(ScopeKind.SUPPORT_ORGANISATION.name(), org.toString()))
                .filter(org -> supportCase.map(c -> c.isHeldBy(org)).orElse(false)
                        || cases.hasRecorded(disasterId, person, org))
                .findFirst()
                .orElseThrow(CaseAccess::notFound);
        // The organisation's ground is the person's consent; withdrawn, the organisation sees nothing more.
        consent.require(disasterId, person, organisation, null);
        notes.basis(LegalBasis.CONSENT_OR_SELF);
        return new Acting(actor, organisation, person);
    }

    /** Whether the caller acts for the prefecture (who may transfer any case). */
    public static boolean isPrefecture(ActingFor actingFor) {
        return actingFor.scopeKind().equals(ActingFor.PREFECTURE);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("no person with this id in this disaster");
    }
}
