package jp.tsunagu.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Keycloak's OpenID Connect token endpoint of any realm: code exchange, password grant, client credentials. */
public final class TokenEndpoint {

    private final URI keycloakBaseUrl;
    private final HttpClient http;

    public TokenEndpoint(URI keycloakBaseUrl) {
        this(keycloakBaseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    TokenEndpoint(URI keycloakBaseUrl, HttpClient http) {
        this.keycloakBaseUrl = Objects.requireNonNull(keycloakBaseUrl, "keycloakBaseUrl");
        this.http = Objects.requireNonNull(http, "http");
    }

    public URI uri(String realm) {
        return keycloakBaseUrl.resolve("/realms/" + realm + "/protocol/openid-connect/token");
    }

    /** Authorization code grant of a public client with PKCE. */
    public TokenResult exchangeCode(String realm, String clientId, String code, URI redirectUri, String codeVerifier) {
        return post(realm, Map.of(
                "grant_type", "authorization_code",
                "client_id", clientId,
                "code", code,
                "redirect_uri", redirectUri.toString(),
                "code_verifier", codeVerifier));
    }

    /** Resource owner password grant of a public client (Keycloak's "direct access grant"). */
    public TokenResult password(String realm, String clientId, String username, String password) {
        return post(realm, Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "scope", "openid",
                "username", username,
                "password", password));
    }

    /** Password grant with a one-time code, as Keycloak's direct-grant OTP step reads it ({@code totp}). */
    public TokenResult password(String realm, String clientId, String username, String password, String otp) {
        return post(realm, Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "scope", "openid",
                "username", username,
                "password", password,
                "totp", otp));
    }

    /** Client credentials grant of a confidential client. */
    public TokenResult clientCredentials(String realm, String clientId, String clientSecret) {
        return post(realm, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    private TokenResult post(String realm, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(uri(realm))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        HttpResponse<String> response = send(request);
        JsonObject body = parse(response.body());
        if (response.statusCode() == 200 && body.containsKey("access_token")) {
            return new TokenResult.Granted(Tokens.fromTokenResponse(body));
        }
        return new TokenResult.Denied(response.statusCode(),
                body.getString("error", "(no error code)"),
                body.getString("error_description", ""));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("token endpoint " + request.uri() + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the token endpoint", e);
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            return Json.createObjectBuilder().add("error", "unparseable_response").build();
        }
    }

    static String formBody(Map<String, String> form) {
        return new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
