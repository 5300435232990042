package jp.tsunagu.provisioning.keycloak;

/**
 * Keycloak's Admin REST API refused or failed an operation. The message names the operation, the HTTP status and
 * Keycloak's own error text, never the personal data that was sent.
 */
public class KeycloakAdminException extends RuntimeException {

    private final int status;

    public KeycloakAdminException(String operation, int status, String keycloakMessage) {
        super(operation + " failed: HTTP " + status + (keycloakMessage.isBlank() ? "" : " (" + keycloakMessage + ")"));
        this.status = status;
    }

    public KeycloakAdminException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status Keycloak answered, 0 if it could not be reached. */
    public int status() {
        return status;
    }

    public boolean isConflict() {
        return status == 409;
    }
}
