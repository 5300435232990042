package jp.tsunagu.provisioning.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Admin REST API under {@code /admin/realms} as JSON in, JSON out. Bodies travel as strings and are parsed
 * with JSON-P, so no JSON provider of the JAX-RS runtime is needed. Path segments are given one by one and
 * encoded by the client. Every call names its operation, which becomes the error message on failure.
 */
final class KeycloakRest {

    private final WebTarget adminRealms;
    private final AdminTokenSource tokens;

    KeycloakRest(URI keycloakBaseUrl, Client client, AdminTokenSource tokens) {
        this.adminRealms = client.target(keycloakBaseUrl).path("admin").path("realms");
        this.tokens = tokens;
    }

    WebTarget target(String... segments) {
        WebTarget target = adminRealms;
        for (String segment : segments) {
            target = target.path(segment.replace("%", "%25").replace("/", "%2F"));
        }
        return target;
    }

    JsonObject getObject(String operation, WebTarget target) {
        return parse(call(operation, target, b -> b.get(), 200)).asJsonObject();
    }

    JsonArray getArray(String operation, WebTarget target) {
        return parse(call(operation, target, b -> b.get(), 200)).asJsonArray();
    }

    /** GET, with 404 meaning "not there". */
    Optional<JsonObject> find(String operation, WebTarget target) {
        return send(operation, target, b -> b.get(), response -> {
            if (response.getStatus() == 404) {
                return Optional.<JsonObject>empty();
            }
            return Optional.of(parse(expect(operation, response, 200)).asJsonObject());
        });
    }

    String getText(String operation, WebTarget target) {
        return call(operation, target, b -> b.get(), 200);
    }

    /** POST that creates something; returns the id at the end of the Location header. */
    String create(String operation, WebTarget target, JsonStructure body) {
        return send(operation, target, b -> b.post(json(body)), response -> {
            expect(operation, response, 201);
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            if (location == null) {
                throw new KeycloakAdminException(operation, response.getStatus(), "no Location header");
            }
            return location.substring(location.lastIndexOf('/') + 1);
        });
    }

    void post(String operation, WebTarget target, JsonStructure body, int... accepted) {
        call(operation, target, b -> b.post(json(body)), accepted);
    }

    void put(String operation, WebTarget target, JsonStructure body) {
        call(operation, target, b -> b.put(json(body)), 204, 202, 200);
    }

    /** DELETE; false if it was not there. */
    boolean delete(String operation, WebTarget target) {
        return send(operation, target, b -> b.delete(), response -> {
            if (response.getStatus() == 404) {
                return false;
            }
            expect(operation, response, 204, 200);
            return true;
        });
    }

    private String call(String operation, WebTarget target, Function<Invocation.Builder, Response> method, int... accepted) {
        return send(operation, target, method, response -> expect(operation, response, accepted));
    }

    private <T> T send(String operation, WebTarget target, Function<Invocation.Builder, Response> method,
                       Function<Response, T> handler) {
        try {
            Response first = method.apply(authorized(target));
            if (first.getStatus() == 401) {
                // The cached token may have been revoked (e.g. Keycloak restarted): one fresh try.
                first.close();
                tokens.invalidate();
                first = method.apply(authorized(target));
            }
            try (Response response = first) {
                return handler.apply(response);
            }
        } catch (ProcessingException e) {
            throw new KeycloakAdminException(operation + " failed: Keycloak unreachable", e);
        }
    }

    private Invocation.Builder authorized(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token());
    }

    private static String expect(String operation, Response response, int... accepted) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        for (int status : accepted) {
            if (response.getStatus() == status) {
                return body;
            }
        }
        throw new KeycloakAdminException(operation, response.getStatus(), errorText(body));
    }

    private static Entity<String> json(JsonStructure body) {
        return Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE);
    }

    static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    /**
     * Keycloak's error text without the values it may echo: {@code errorMessage} or {@code error}, never the
     * {@code params} of a validation error (they can contain what was sent, e.g. an e-mail address).
     */
    static String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonValue value = parse(body);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return "";
            }
            JsonObject error = value.asJsonObject();
            if (error.containsKey("errorMessage")) {
                return error.getString("errorMessage", "");
            }
            String code = error.getString("error", "");
            String description = error.getString("error_description", "");
            return description.isEmpty() ? code : code + ": " + description;
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            return "";
        }
    }
}
