package jp.tsunagu.stack;

/** Keycloak did not start: missing distribution, early exit or no readiness in time. */
public final class KeycloakStartException extends RuntimeException {

    public KeycloakStartException(String message) {
        super(message);
    }
}
