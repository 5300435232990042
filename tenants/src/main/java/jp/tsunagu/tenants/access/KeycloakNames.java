package jp.tsunagu.tenants.access;

/** Names fixed in docs/architecture.md that tokens must carry; Keycloak realms are configured to match. */
public final class KeycloakNames {

    public static final String OPERATOR_REALM = "tsunagu-ops";
    public static final String WEB_CLIENT = "tsunagu-web";
    public static final String API_AUDIENCE = "tsunagu-api";
    /** The {@code acr} value Keycloak's level-of-authentication mapping gives a login with OTP. */
    public static final String OTP_ACR = "otp";
    /** The {@code typ} claim of a Keycloak access token (ID, refresh and logout tokens carry other values). */
    public static final String ACCESS_TOKEN_TYPE = "Bearer";

    public static final String PREFECTURE_ADMIN_ROLE = "prefecture-admin";
    public static final String NATIONAL_OPERATOR_ROLE = "national-operator";

    private KeycloakNames() {
    }
}
