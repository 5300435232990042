package jp.tsunagu.app.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import jp.tsunagu.stack.TokenEndpoint;

/**
 * Raw reads and writes of Keycloak's Admin REST API, independent of {@code KeycloakAdmin}, so tests can check what
 * Keycloak really holds and set up situations KeycloakAdmin would never create.
 */
final class AdminRestProbe {

    private final WebTarget adminRealms;
    private final String token;

    AdminRestProbe(URI keycloakBaseUrl, Client client) {
        this.adminRealms = client.target(keycloakBaseUrl).path("admin/realms");
        this.token = new TokenEndpoint(keycloakBaseUrl).password("master", "admin-cli", "admin", "admin")
                .tokensOrThrow().accessToken();
    }

    JsonObject object(String... path) {
        return read(path).asJsonObject();
    }

    JsonArray array(String... path) {
        return read(path).asJsonArray();
    }

    int post(jakarta.json.JsonStructure body, String... path) {
        try (Response response = target(path).request().header("Authorization", "Bearer " + token)
                .post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            return response.getStatus();
        }
    }

    int put(JsonObject body, String... path) {
        try (Response response = target(path).request().header("Authorization", "Bearer " + token)
                .put(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            return response.getStatus();
        }
    }

    /** The realm's stored user events of one type for one user (login events: last activity). */
    JsonArray events(String realm, String userId, String type) {
        return adminArray(target(realm, "events").queryParam("user", userId).queryParam("type", type));
    }

    /** The realm's client with this clientId. */
    JsonObject client(String realm, String clientId) {
        return adminArray(target(realm, "clients").queryParam("clientId", clientId)).getJsonObject(0);
    }

    private JsonValue read(String... path) {
        return readTarget(target(path));
    }

    private JsonArray adminArray(WebTarget target) {
        return readTarget(target).asJsonArray();
    }

    private JsonValue readTarget(WebTarget target) {
        try (Response response = target.request(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", "Bearer " + token).get()) {
            String body = response.readEntity(String.class);
            if (response.getStatus() != 200) {
                throw new IllegalStateException("GET " + target.getUri() + " answered " + response.getStatus());
            }
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }
    }

    private WebTarget target(String... path) {
        WebTarget target = adminRealms;
        for (String segment : path) {
            target = target.path(segment);
        }
        return target;
    }
}
