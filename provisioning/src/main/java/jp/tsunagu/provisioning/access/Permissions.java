package jp.tsunagu.provisioning.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.accounts.AccountGrant;
import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Which disaster instances a caller may see: prefecture admins all of their prefecture's (role checks are the
 * access filter's, through @RequiresRole); an account with an active grant the instance it is granted for.
 * Someone without a grant learns nothing, not even that an instance exists (404, not 403).
 */
@ApplicationScoped
public class Permissions {

    @Inject
    AccountGrants grants;

    @Inject
    CallerContext callers;

    /**
     * Reads the active grants the access filter loaded for this request (their context is the disaster instance)
     * instead of asking the database a second time.
     */
    public void requireReadable(Caller caller, UUID disasterId) {
        if (caller.isPrefectureAdmin()) {
            return;
        }
        String disaster = disasterId.toString();
        boolean granted = callers.accessScope()
                .map(scope -> scope.grants().stream().anyMatch(grant -> grant.context().equals(disaster)))
                .orElse(false);
        if (!granted) {
            throw new NotFoundException("no disaster instance with this id");
        }
    }

    public List<AccountGrant> grantsOf(Caller caller, Instant now) {
        return grants.activeGrantsOf(caller.subject(), now);
    }

    public static Actor actorOf(Caller caller) {
        return new Actor(caller.subject(), caller.username());
    }

}
