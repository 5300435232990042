package jp.tsunagu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One scripted login: the authorization request, then each page answered as {@link LoginAttempt} says, until
 * Keycloak redirects back with a code (exchanged for tokens) or shows a page the attempt cannot or may not answer.
 */
final class LoginConversation {

    private static final int MAX_HOPS = 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI keycloakBaseUrl;
    private final String clientId;
    private final URI redirectUri;
    private final TokenEndpoint tokenEndpoint;
    private final String realm;
    private final LoginAttempt attempt;
    private final Map<String, String> extraParameters;
    private final Pkce pkce = Pkce.create();
    private final String state = Pkce.randomToken();
    private final Set<LoginPage.Kind> answered = EnumSet.noneOf(LoginPage.Kind.class);
    private Optional<String> configuredTotpSecret = Optional.empty();

    LoginConversation(HttpClient http, URI keycloakBaseUrl, String clientId, URI redirectUri, TokenEndpoint tokenEndpoint,
                      String realm, LoginAttempt attempt, Map<String, String> extraParameters) {
        this.http = http;
        this.keycloakBaseUrl = keycloakBaseUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.tokenEndpoint = tokenEndpoint;
        this.realm = realm;
        this.attempt = attempt;
        this.extraParameters = extraParameters;
    }

    LoginOutcome run() {
        HttpRequest request = get(authorizationUri());
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                URI location = request.uri().resolve(response.headers().firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException("redirect without Location")));
                if (isRedirectBack(location)) {
                    return finish(location);
                }
                request = get(location);
                continue;
            }
            LoginPage page = LoginPage.parse(response.body(), request.uri());
            if (status != 200 || page.kind() == LoginPage.Kind.OTHER) {
                LoginStep step = answered.isEmpty() ? LoginStep.AUTHORIZATION_REQUEST : LoginStep.UNEXPECTED_PAGE;
                return new LoginOutcome.Refused(step, "HTTP " + status + " \"" + page.title() + "\" "
                        + page.error().orElse(""));
            }
            switch (answer(page)) {
                case Answer.Stop stop -> {
                    return stop.refused();
                }
                case Answer.Post post -> request = post.request();
            }
        }
        return new LoginOutcome.Refused(LoginStep.UNEXPECTED_PAGE, "more than " + MAX_HOPS + " pages or redirects");
    }

    /** The form post that answers {@code page}, or why this attempt cannot answer it. */
    private Answer answer(LoginPage page) {
        LoginStep step = stepOf(page.kind());
        if (!answered.add(page.kind())) {
            // The same question again: Keycloak did not accept our answer.
            return new Answer.Stop(new LoginOutcome.Refused(step, page.error().orElse("the same page came back")));
        }
        Map<String, String> form = new LinkedHashMap<>(page.fields());
        switch (page.kind()) {
            case USERNAME_AND_PASSWORD -> {
                form.put("username", attempt.username());
                form.put("password", attempt.password());
            }
            case USERNAME -> form.put("username", attempt.username());
            case PASSWORD -> form.put("password", attempt.password());
            case UPDATE_PASSWORD -> {
                if (attempt.newPassword().isEmpty()) {
                    return new Answer.Stop(new LoginOutcome.Refused(step, "Keycloak requires a new password"));
                }
                form.put("password-new", attempt.newPassword().get());
                form.put("password-confirm", attempt.newPassword().get());
            }
            case TOTP_SETUP -> {
                if (!attempt.setUpTotp()) {
                    return new Answer.Stop(new LoginOutcome.Refused(step, "Keycloak requires TOTP to be set up"));
                }
                String secret = page.fields().get("totpSecret");
                configuredTotpSecret = Optional.of(secret);
                form.put("totp", Totp.fromKeycloakSecret(secret).now());
                form.put("userLabel", "tsunagu-test");
            }
            case OTP -> {
                Optional<String> code = attempt.otpCode();
                if (code.isEmpty()) {
                    return new Answer.Stop(new LoginOutcome.Refused(step, "Keycloak requires an OTP code"));
                }
                form.put("otp", code.get());
            }
            case OTHER -> throw new IllegalStateException("unreachable");
        }
        return new Answer.Post(post(page.action().orElseThrow(), form));
    }

    private LoginOutcome finish(URI callback) {
        Map<String, String> query = query(callback);
        if (!state.equals(query.get("state"))) {
            return new LoginOutcome.Refused(LoginStep.AUTHORIZATION_REQUEST, "state mismatch in the redirect");
        }
        if (query.containsKey("error")) {
            LoginStep step = answered.isEmpty() ? LoginStep.AUTHORIZATION_REQUEST : LoginStep.UNEXPECTED_PAGE;
            return new LoginOutcome.Refused(step, query.get("error") + ": " + query.getOrDefault("error_description", ""));
        }
        TokenResult result = tokenEndpoint.exchangeCode(realm, clientId, query.get("code"), redirectUri, pkce.verifier());
        return switch (result) {
            case TokenResult.Granted g -> new LoginOutcome.LoggedIn(g.tokens(), configuredTotpSecret);
            case TokenResult.Denied d -> new LoginOutcome.Refused(LoginStep.TOKEN_EXCHANGE,
                    d.error() + ": " + d.description());
        };
    }

    private URI authorizationUri() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri.toString());
        params.put("response_type", "code");
        params.put("scope", "openid");
        params.put("state", state);
        params.put("nonce", Pkce.randomToken());
        params.put("code_challenge", pkce.challenge());
        params.put("code_challenge_method", "S256");
        params.putAll(extraParameters);
        return keycloakBaseUrl.resolve("/realms/" + realm + "/protocol/openid-connect/auth?"
                + TokenEndpoint.formBody(params));
    }

    private boolean isRedirectBack(URI location) {
        return Objects.equals(location.getScheme(), redirectUri.getScheme())
                && Objects.equals(location.getHost(), redirectUri.getHost())
                && location.getPort() == redirectUri.getPort()
                && Objects.equals(location.getPath(), redirectUri.getPath());
    }

    private HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    }

    private HttpRequest post(URI uri, Map<String, String> form) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TokenEndpoint.formBody(form)))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak unreachable at " + request.uri().getAuthority(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a login", e);
        }
    }

    /** What the script does on a page: post a form, or stop refused. */
    private sealed interface Answer {
        record Post(HttpRequest request) implements Answer {
        }

        record Stop(LoginOutcome.Refused refused) implements Answer {
        }
    }

    private static LoginStep stepOf(LoginPage.Kind kind) {
        return switch (kind) {
            case USERNAME -> LoginStep.USERNAME;
            case USERNAME_AND_PASSWORD, PASSWORD -> LoginStep.CREDENTIALS;
            case UPDATE_PASSWORD -> LoginStep.UPDATE_PASSWORD;
            case TOTP_SETUP -> LoginStep.TOTP_SETUP;
            case OTP -> LoginStep.OTP;
            case OTHER -> LoginStep.UNEXPECTED_PAGE;
        };
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }
}
