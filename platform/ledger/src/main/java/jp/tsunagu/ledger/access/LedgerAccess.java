package jp.tsunagu.ledger.access;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.provisioning.accounts.GrantRole;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.provisioning.disaster.DisasterStatus;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

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

    /** Checks the caller may do {@code work} in the disaster instance and returns who they are, for the record. */
    public Actor require(LedgerWork work, UUID disasterId) {
        Caller caller = callers.require();
        boolean admin = caller.isPrefectureAdmin();
        Set<String> roles = admin ? Set.of() : rolesIn(disasterId);
        if (!admin && roles.isEmpty()) {
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
        if (!admin && !permits(work, roles)) {
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

    private static boolean permits(LedgerWork work, Set<String> roles) {
        return switch (work) {
            case READ, DECIDE, EXPORT -> roles.stream().anyMatch(MUNICIPAL::contains);
            case DISCLOSE_MY_NUMBER -> roles.contains(GrantRole.MUNICIPALITY_LEAD.realmRole());
            case IMPORT -> true;
        };
    }

    private Set<String> rolesIn(UUID disasterId) {
        String context = disasterId.toString();
        return callers.accessScope()
                .map(scope -> scope.grants().stream().filter(grant -> grant.context().equals(context))
                        .map(ScopedRole::role).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
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
