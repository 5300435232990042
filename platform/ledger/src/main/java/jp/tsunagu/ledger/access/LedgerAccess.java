package jp.tsunagu.ledger.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.accounts.GrantRole;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.provisioning.disaster.DisasterStatus;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Decides whether the caller may do a kind of ledger work in a disaster instance of their tenant. It reads the
 * active grants the access filter loaded for this request (their context is the disaster instance id). Someone with no
 * grant in the instance learns nothing, not even that it exists (404); a grant for other work is a 403; an instance
 * that is closing is read-only (409) and an archived one is closed to municipalities and organisations.
 */
@ApplicationScoped
public class LedgerAccess {

    private static final Set<String> MUNICIPAL = Set.of(GrantRole.MUNICIPALITY_STAFF.realmRole(),
            GrantRole.MUNICIPALITY_LEAD.realmRole());

    @Inject
    CallerContext callers;

    @Inject
    DisasterInstances disasters;

    @Inject
    PersonVisibility visibility;

    /** Checks the caller may do {@code work} in the disaster instance and returns who they are, for the record. */
    public Actor require(LedgerWork work, UUID disasterId) {
        Caller caller = callers.require();
        boolean admin = caller.isPrefectureAdmin();
        List<ScopedRole> grants = admin ? List.of() : grantsIn(disasterId);
        if (!admin && grants.isEmpty()) {
            throw new NotFoundException("no disaster instance with this id");
        }
        DisasterInstance instance = disasters.find(disasterId)
                .orElseThrow(() -> new NotFoundException("no disaster instance with this id"));
        DisasterStatus status = instance.status();
        if (status == DisasterStatus.PURGED || (!admin && !status.isReadable())) {
            throw new LedgerClosedException("the ledger of this disaster instance is " + status.name().toLowerCase()
                    + " and can no longer be used");
        }
        if (work.writes() && !status.isWritable()) {
            throw new LedgerClosedException("the disaster instance is " + status.name().toLowerCase()
                    + ": its ledger can be read but not changed");
        }
        if (!admin && !permits(work, grants)) {
            throw new LedgerForbiddenException("your account in this disaster instance may not do this");
        }
        return new Actor(caller.subject(), caller.username());
    }

    /** Whether the caller may do {@code work}; an instance they may not see or use at all is still refused. */
    public boolean allows(LedgerWork work, UUID disasterId) {
        try {
            require(work, disasterId);
            return true;
        } catch (LedgerForbiddenException e) {
            return false;
        }
    }

    /**
     * Checks the caller may do {@code work} in the instance and sees the person (else 404, as for an id nobody has);
     * returns who they are.
     */
    public Actor requirePerson(LedgerWork work, UUID disasterId, UUID personId) {
        Actor actor = require(work, disasterId);
        visibility.require(scope(disasterId), disasterId, personId);
        return actor;
    }

    /**
     * The persons the caller sees in the instance: everyone for a prefecture admin; otherwise the residents of the
     * municipalities of their affected-municipality grants and the people present in those of their host grants.
     * Call after {@link #require}, which refuses callers without a grant.
     */
    public PersonScope scope(UUID disasterId) {
        if (callers.require().isPrefectureAdmin()) {
            return PersonScope.EVERYONE;
        }
        List<ScopedRole> grants = grantsIn(disasterId).stream().filter(g -> MUNICIPAL.contains(g.role())).toList();
        return PersonScope.of(codes(grants, ScopeKind.AFFECTED_MUNICIPALITY), codes(grants, ScopeKind.HOST_MUNICIPALITY));
    }

    /**
     * For whom the caller acts on this person, to be recorded with what they add: the prefecture for an admin; else
     * their home municipality if the person is its resident, else their host municipality if the person is there.
     * Call after {@link #requirePerson}.
     */
    public ActingFor actingFor(UUID disasterId, UUID personId) {
        Caller caller = callers.require();
        if (caller.isPrefectureAdmin()) {
            return new ActingFor(ActingFor.PREFECTURE, caller.requireTenant().value());
        }
        PersonVisibility.Places places = visibility.places(disasterId, personId);
        for (ScopeKind kind : List.of(ScopeKind.AFFECTED_MUNICIPALITY, ScopeKind.HOST_MUNICIPALITY)) {
            Set<MunicipalityCode> where = kind == ScopeKind.AFFECTED_MUNICIPALITY ? places.home() : places.present();
            Optional<MunicipalityCode> match = municipalities(disasterId, kind).stream().filter(where::contains).sorted()
                    .findFirst();
            if (match.isPresent()) {
                return new ActingFor(kind.name(), match.get().value());
            }
        }
        throw new NotFoundException("no person with this id in this disaster");
    }

    /** The caller's municipal grants in the instance of this scope kind, by municipality; empty for admins. */
    public Set<MunicipalityCode> municipalities(UUID disasterId, ScopeKind kind) {
        if (callers.require().isPrefectureAdmin()) {
            return Set.of();
        }
        return codes(grantsIn(disasterId).stream().filter(g -> MUNICIPAL.contains(g.role())).toList(), kind);
    }

    /** The support organisations the caller works for in the instance (support-worker grants), by id. */
    public Set<UUID> organisations(UUID disasterId) {
        return grantsIn(disasterId).stream().filter(g -> g.scopeKind().equals(ScopeKind.SUPPORT_ORGANISATION.name()))
                .map(g -> UUID.fromString(g.scopeCode())).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<MunicipalityCode> codes(List<ScopedRole> grants, ScopeKind kind) {
        return grants.stream().filter(g -> g.scopeKind().equals(kind.name())).map(g -> MunicipalityCode.of(g.scopeCode()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean permits(LedgerWork work, List<ScopedRole> grants) {
        return switch (work) {
            case READ, RECORD, EXPORT -> grants.stream().anyMatch(g -> MUNICIPAL.contains(g.role()));
            case DECIDE -> grants.stream().anyMatch(g -> MUNICIPAL.contains(g.role()) && isHome(g));
            case DISCLOSE_MY_NUMBER -> grants.stream()
                    .anyMatch(g -> g.role().equals(GrantRole.MUNICIPALITY_LEAD.realmRole()) && isHome(g));
            case IMPORT, CASE_READ, CASE_RECORD -> true;
        };
    }

    private static boolean isHome(ScopedRole grant) {
        return grant.scopeKind().equals(ScopeKind.AFFECTED_MUNICIPALITY.name());
    }

    private List<ScopedRole> grantsIn(UUID disasterId) {
        String context = disasterId.toString();
        return callers.accessScope()
                .map(scope -> scope.grants().stream().filter(grant -> grant.context().equals(context)).toList())
                .orElse(List.of());
    }

    /** The instance's state does not allow this ledger work. */
    public static class LedgerClosedException extends ProblemException {

        public LedgerClosedException(String detail) {
            super(ProblemKind.CONFLICT, detail);
        }
    }

    /** The caller's grant in the instance is for other work. */
    public static class LedgerForbiddenException extends ProblemException {

        public LedgerForbiddenException(String detail) {
            super(ProblemKind.FORBIDDEN, detail);
        }
    }
}
