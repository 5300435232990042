package jp.tsunagu.audit.trail;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** Copies a refused attempt into the log of the tenant whose data it was after ({@link RefusalOwner}), if another. */
@ApplicationScoped
public class RefusalOwners {

    private static final System.Logger LOG = System.getLogger(RefusalOwners.class.getName());

    @Inject
    Instance<RefusalOwner> owners;

    @Inject
    AuditTrail trail;

    void alsoInOwnersLog(Map<String, Object> pathParameters, PrefectureCode caller, AuditActor actor, AuditEvent event) {
        try {
            owners.stream().flatMap(owner -> owner.ownerOf(pathParameters, caller).stream()).distinct()
                    .filter(owner -> !owner.equals(caller))
                    .forEach(owner -> trail.recordIn(owner, actor, event));
        } catch (RuntimeException e) {
            // The refused answer goes out anyway (nothing was released); the caller's own log has the attempt.
            LOG.log(System.Logger.Level.ERROR, "Could not record a refused attempt of {0} for its owner: {1}",
                    event.action(), e.getClass().getSimpleName());
        }
    }
}
