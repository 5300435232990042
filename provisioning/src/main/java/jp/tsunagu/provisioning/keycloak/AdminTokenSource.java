package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An access token of realm {@code master} for the Admin REST API, fetched on demand and reused until shortly
 * before it expires.
 */
final class AdminTokenSource {

    /** Renew this long before expiry, so a token never expires between our check and Keycloak's. */
    private static final Duration MARGIN = Duration.ofSeconds(20);

    private final URI tokenEndpoint;
    private final AdminCredentials credentials;
    private final Client client;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    AdminTokenSource(URI keycloakBaseUrl, AdminCredentials credentials, Client client, Clock clock) {
        this.tokenEndpoint = keycloakBaseUrl.resolve("/realms/master/protocol/openid-connect/token");
        this.credentials = credentials;
        this.client = client;
        this.clock = clock;
    }

    synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Forget the cached token (e.g. after Keycloak answered 401). */
    synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        Form form = switch (credentials) {
            case AdminCredentials.BootstrapAdmin admin -> new Form()
                    .param("grant_type", "password")
                    .param("client_id", "admin-cli")
                    .param("username", admin.username())
                    .param("password", admin.password());
            case AdminCredentials.ServiceClient service -> new Form()
                    .param("grant_type", "client_credentials")
                    .param("client_id", service.clientId())
                    .param("client_secret", service.clientSecret());
        };
        Instant requestedAt = clock.instant();
        try (Response response = client.target(tokenEndpoint).request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.form(form))) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new KeycloakAdminException("admin login to realm master with " + credentials,
                        response.getStatus(), KeycloakRest.errorText(body));
            }
            JsonObject json = parse(body);
            token = json.getString("access_token");
            long expiresIn = json.getJsonNumber("expires_in").longValue();
            renewAt = requestedAt.plusSeconds(expiresIn).minus(MARGIN);
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak unreachable at " + tokenEndpoint.getAuthority(), e);
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
