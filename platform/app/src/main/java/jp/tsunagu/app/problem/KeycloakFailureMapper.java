package jp.tsunagu.app.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.tsunagu.provisioning.keycloak.KeycloakAdminException;

/**
 * Keycloak said no, or could not be reached. A conflict (e.g. another account has this e-mail address) is the
 * caller's to resolve (409); an unreachable or failing Keycloak is a 503 the caller may retry. Nothing of what
 * Keycloak echoed is passed on.
 */
@Provider
public class KeycloakFailureMapper implements ExceptionMapper<KeycloakAdminException> {

    private final UnexpectedFailureMapper unexpected = new UnexpectedFailureMapper();

    @Override
    public Response toResponse(KeycloakAdminException failure) {
        if (failure.isConflict()) {
            return Problems.of(409, "conflict", "The request conflicts with the current state",
                    "the identity provider already holds an account with this username or e-mail address", null);
        }
        if (failure.status() == 0 || failure.status() >= 500) {
            return Response.fromResponse(Problems.of(503, "unavailable", "A service the request needs is unavailable",
                    "the identity provider cannot be reached; try again shortly", null)).header("Retry-After", "30").build();
        }
        return unexpected.toResponse(failure);
    }
}
