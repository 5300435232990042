package jp.tsunagu.stack;

/** Where a scripted login stopped. */
public enum LoginStep {
    /** Keycloak refused the authorization request itself (client, redirect URI, PKCE). */
    AUTHORIZATION_REQUEST,
    /** The username page (Organizations enabled) came back. */
    USERNAME,
    /** Username or password refused, or the account cannot log in (disabled, locked). */
    CREDENTIALS,
    /** Keycloak wants a new password and the attempt has none, or refused the new one. */
    UPDATE_PASSWORD,
    /** Keycloak wants TOTP to be set up and the attempt does not do that, or refused the setup code. */
    TOTP_SETUP,
    /** Keycloak wants an OTP code and the attempt has none, or refused the code. */
    OTP,
    /** The code could not be exchanged for tokens. */
    TOKEN_EXCHANGE,
    /** A page or answer the script does not understand. */
    UNEXPECTED_PAGE
}
