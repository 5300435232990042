package jp.tsunagu.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Keycloak's token endpoint handed out, with the access token's claims decoded for inspection. The signature is
 * not checked here: these are test tools that talk to Keycloak directly; verifying tokens is the application's job.
 */
public record Tokens(String accessToken, Optional<String> refreshToken, Optional<String> idToken, JsonObject claims) {

    public Tokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(claims, "claims");
    }

    static Tokens fromTokenResponse(JsonObject response) {
        String access = response.getString("access_token");
        return new Tokens(access,
                Optional.ofNullable(response.getString("refresh_token", null)),
                Optional.ofNullable(response.getString("id_token", null)),
                decodeClaims(access));
    }

    /** The payload of a JWT, unverified. */
    public static JsonObject decodeClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT (expected three parts)");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    /** The authentication context class, e.g. {@code otp}; empty when the token has none. */
    public Optional<String> acr() {
        return Optional.ofNullable(claims.getString("acr", null));
    }

    /** The client the token was issued to. */
    public Optional<String> azp() {
        return Optional.ofNullable(claims.getString("azp", null));
    }

    public Optional<String> issuer() {
        return Optional.ofNullable(claims.getString("iss", null));
    }

    public Optional<String> subject() {
        return Optional.ofNullable(claims.getString("sub", null));
    }

    /** {@code aud} as a list, whether Keycloak wrote one string or an array. */
    public List<String> audiences() {
        return strings(claims.get("aud"));
    }

    /** {@code realm_access.roles}. */
    public List<String> realmRoles() {
        JsonValue realmAccess = claims.get("realm_access");
        if (realmAccess == null || realmAccess.getValueType() != JsonValue.ValueType.OBJECT) {
            return List.of();
        }
        return strings(realmAccess.asJsonObject().get("roles"));
    }

    private static List<String> strings(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) value).getString());
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "Tokens[azp=" + azp().orElse("?") + ", acr=" + acr().orElse("-") + ", aud=" + audiences() + "]";
    }
}
