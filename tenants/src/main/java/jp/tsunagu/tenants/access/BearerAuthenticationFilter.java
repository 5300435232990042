package jp.tsunagu.tenants.access;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates every REST request outside the public paths: verifies the bearer token, records the one
 * {@link Caller} in {@link CallerContext}, fires {@link CallerAuthenticated} (which binds the tenant), and, for a
 * person who is not a prefecture admin, asks {@link CallerAuthorizations} for an active grant. Anything missing or
 * invalid ends the request with a problem response; nothing falls through unauthenticated.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(BearerAuthenticationFilter.class.getName());
    private static final String SCHEME = "bearer ";
    // RFC 6750 b64token; anything else cannot be a JWS and is not worth parsing.
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    @Inject
    TokenVerifier verifier;

    @Inject
    PublicPaths publicPaths;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<CallerAuthenticated> authenticated;

    @Inject
    Instance<CallerAuthorizations> authorizations;

    @Override
    public void filter(ContainerRequestContext request) {
        if (publicPaths.matches(request.getUriInfo().getPath(false))) {
            AuthenticatedRequest.markPublic(request);
            return;
        }
        Optional<String> header = Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (header.filter(value -> value.toLowerCase(Locale.ROOT).startsWith(SCHEME)).isEmpty()) {
            request.abortWith(ProblemResponses.missingToken());
            return;
        }
        String token = header.get().substring(SCHEME.length()).strip();
        Caller caller;
        try {
            if (!B64TOKEN.matcher(token).matches()) {
                throw new TokenRejectedException(RejectionReason.MALFORMED);
            }
            caller = verifier.verify(token);
        } catch (TokenRejectedException rejected) {
            // The reason only: neither the token nor its claims belong in a log.
            LOG.log(rejected.reason().isServerSide() ? Level.WARNING : Level.DEBUG,
                    "Bearer token refused: {0}", rejected.reason().slug());
            request.abortWith(ProblemResponses.rejected(rejected.reason()));
            return;
        }
        callerContext.authenticated(caller);
        AuthenticatedRequest.setCaller(request, caller);
        authenticated.fire(new CallerAuthenticated(caller));
        if (caller.kind() == CallerKind.PERSON && !caller.isPrefectureAdmin()) {
            Optional<AccessScope> scope = activeScopeOf(caller);
            if (scope.isEmpty()) {
                request.abortWith(ProblemResponses.noActiveGrant());
                return;
            }
            callerContext.granted(scope.get());
            AuthenticatedRequest.setAccessScope(request, scope.get());
        }
    }

    private Optional<AccessScope> activeScopeOf(Caller person) {
        if (!authorizations.isResolvable()) {
            LOG.log(Level.WARNING, "No single CallerAuthorizations is deployed: people without an admin role are refused");
            return Optional.empty();
        }
        return authorizations.get().activeScopeOf(person);
    }
}
