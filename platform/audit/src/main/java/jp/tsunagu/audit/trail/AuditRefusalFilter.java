package jp.tsunagu.audit.trail;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Records attempts on {@link Audited} methods that the request filters refused before the method ran (a person
 * without an active grant, a missing role, a caller kind the method does not allow). Such a caller is verified and
 * has a tenant, so the attempt goes into their tenant's chain, with the ids they asked for as digests, and into the
 * chain of the tenant whose data it was after when that is known ({@link RefusalOwner}). Callers without
 * a valid token, and operators (who have no tenant and no log), are refused without an entry.
 */
@Provider
@ApplicationScoped
public class AuditRefusalFilter implements ContainerResponseFilter {

    private static final System.Logger LOG = System.getLogger(AuditRefusalFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CallerContext callers;

    @Inject
    AuditNotes notes;

    @Inject
    AuditTrail trail;

    @Inject
    RefusalOwners owners;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || response.getStatus() < 400 || notes.recorded()) {
            return;
        }
        Audited audited = method.getAnnotation(Audited.class) != null ? method.getAnnotation(Audited.class)
                : resourceInfo.getResourceClass().getAnnotation(Audited.class);
        Optional<Caller> caller = callers.current().filter(c -> c.tenant().isPresent());
        if (audited == null || caller.isEmpty()) {
            return;
        }
        Map<String, Object> path = first(request.getUriInfo().getPathParameters());
        AuditEvent event = CallTarget.event(audited.value(), response.getStatus() >= 500 ? Outcome.FAILED : Outcome.REFUSED,
                CallTarget.personal(audited), path, first(request.getUriInfo().getQueryParameters()), notes)
                .refusal(slug(response));
        try {
            PrefectureCode tenant = caller.get().tenant().orElseThrow();
            AuditActor actor = AuditTrail.actorOf(caller.get(), callers.accessScope(), Optional.empty(), AuditActor.UNKNOWN);
            trail.recordIn(tenant, actor, event);
            notes.markRecorded();
            owners.alsoInOwnersLog(path, tenant, actor, event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not record a refused attempt of {0}: {1}", audited.value(),
                    e.getClass().getSimpleName());
        }
    }

    private static Map<String, Object> first(MultivaluedMap<String, String> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, list) -> values.put(name, list.size() == 1 ? list.get(0) : list));
        return values;
    }

    /** The problem type's last part, from the problem body the filters wrote; the status when there is none. */
    private static String slug(ContainerResponseContext response) {
        if (response.getEntity() instanceof String body && body.startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject problem = reader.readObject();
                String type = problem.getString("type", "");
                if (type.startsWith(ProblemException.TYPE_BASE)) {
                    return type.substring(ProblemException.TYPE_BASE.length());
                }
            } catch (RuntimeException notJson) {
                // fall through to the status
            }
        }
        return "status-" + response.getStatus();
    }
}
