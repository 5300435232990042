package jp.tsunagu.tenants.access;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the authentication filter leaves on the request for the policy filter, which is not a CDI bean. Property
 * names are private so that nothing else can plant a caller.
 */
final class AuthenticatedRequest {

    private static final String PUBLIC = "jp.tsunagu.tenants.access.public";
    private static final String CALLER = "jp.tsunagu.tenants.access.caller";
    private static final String ACCESS_SCOPE = "jp.tsunagu.tenants.access.scope";

    private AuthenticatedRequest() {
    }

    static void markPublic(ContainerRequestContext request) {
        request.setProperty(PUBLIC, Boolean.TRUE);
    }

    static boolean isPublic(ContainerRequestContext request) {
        return Boolean.TRUE.equals(request.getProperty(PUBLIC));
    }

    static void setCaller(ContainerRequestContext request, Caller caller) {
        request.setProperty(CALLER, caller);
    }

    static Optional<Caller> caller(ContainerRequestContext request) {
        return request.getProperty(CALLER) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    static void setAccessScope(ContainerRequestContext request, AccessScope scope) {
        request.setProperty(ACCESS_SCOPE, scope);
    }

    static Optional<AccessScope> accessScope(ContainerRequestContext request) {
        return request.getProperty(ACCESS_SCOPE) instanceof AccessScope scope ? Optional.of(scope) : Optional.empty();
    }
}
