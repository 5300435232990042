package jp.tsunagu.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A person logging in through Keycloak's real login pages, scripted over plain HTTP: authorization code with PKCE
 * (S256) for a public client, each page read and its form posted as a browser would, the code exchanged for tokens.
 * Every {@link #login} starts with an empty cookie jar, like a fresh browser.
 */
public final class KeycloakBrowserLogin {

    public static final String WEB_CLIENT = "tsunagu-web";
    /** Matches the loopback redirect URI of the tenant realm blueprint ({@code http://127.0.0.1/*}). */
    public static final URI LOOPBACK_REDIRECT = URI.create("http://127.0.0.1/tsunagu/callback");

    private final URI keycloakBaseUrl;
    private final String clientId;
    private final URI redirectUri;
    private final TokenEndpoint tokenEndpoint;

    /** Logs in to {@value #WEB_CLIENT} with the loopback redirect URI. */
    public KeycloakBrowserLogin(URI keycloakBaseUrl) {
        this(keycloakBaseUrl, WEB_CLIENT, LOOPBACK_REDIRECT);
    }

    public KeycloakBrowserLogin(URI keycloakBaseUrl, String clientId, URI redirectUri) {
        this.keycloakBaseUrl = Objects.requireNonNull(keycloakBaseUrl, "keycloakBaseUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        this.tokenEndpoint = new TokenEndpoint(keycloakBaseUrl);
    }

    /** Runs the whole browser flow in {@code realm} as {@code attempt} describes. */
    public LoginOutcome login(String realm, LoginAttempt attempt) {
        return login(realm, attempt, Map.of());
    }

    /**
     * Like {@link #login(String, LoginAttempt)}, with more parameters on the authorization request (e.g.
     * {@code acr_values}, {@code prompt}), as a client could send them.
     */
    public LoginOutcome login(String realm, LoginAttempt attempt, Map<String, String> extraAuthorizationParameters) {
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookieHandler())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            return new LoginConversation(http, keycloakBaseUrl, clientId, redirectUri, tokenEndpoint, realm, attempt,
                    Map.copyOf(extraAuthorizationParameters)).run();
        }
    }

    /** The password grant at this client (used to prove that Keycloak refuses it). */
    public TokenResult directGrant(String realm, String client, String username, String password) {
        return tokenEndpoint.password(realm, client, username, password);
    }

    /** The password grant with an OTP code. */
    public TokenResult directGrant(String realm, String client, String username, String password, String otp) {
        return tokenEndpoint.password(realm, client, username, password, otp);
    }

    public TokenEndpoint tokenEndpoint() {
        return tokenEndpoint;
    }
}
