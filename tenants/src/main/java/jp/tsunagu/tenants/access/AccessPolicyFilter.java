package jp.tsunagu.tenants.access;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the resource method's {@link AccessPolicy} to the caller that {@link BearerAuthenticationFilter} verified.
 * Global rather than name-bound, so that a method without annotations (also on a sub-resource) is refused instead
 * of being skipped. Reads the caller from the request, so it needs no CDI.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessPolicyFilter implements ContainerRequestFilter {

    private final Map<Method, AccessPolicy> policies = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = AuthenticatedRequest.caller(request);
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the runtime answers 404/405 without calling anything
        }
        AccessPolicy policy = policies.computeIfAbsent(method,
                m -> AccessPolicy.of(m, resourceInfo.getResourceClass()));
        if (caller.isEmpty()) {
            // Only a public path gets here without a caller; a protected method under it still needs one.
            if (!AuthenticatedRequest.isPublic(request) || policy.isDeclared()) {
                request.abortWith(ProblemResponses.missingToken());
            }
            return;
        }
        policy.refusal(caller.get(), AuthenticatedRequest.accessScope(request))
                .ifPresent(refusal -> request.abortWith(ProblemResponses.forbidden(refusal)));
    }
}
