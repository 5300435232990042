package jp.tsunagu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.Totp;

/**
 * Seeds the demo through the product's own API, as a national operator and a prefecture admin would: 石川県 and
 * 富山県 onboarded, 「令和6年能登半島地震」 switched on in 石川県, accounts for 輪島市 (affected) and 金沢市 (host),
 * and 輪島市's shelter roster and outreach visits imported into the instance's ledger.
 * Every step looks first, so a second run over the same data changes nothing. Demo accounts get known passwords
 * and TOTP secrets (kept in the data directory) instead of the first-login flow, so a person can log in at once.
 */
final class DemoSeeder {

    static final String NOTO = "令和6年能登半島地震";

    private record Grant(String username, String role, String scope, String municipality, String label) {
    }

    private static final List<Grant> GRANTS = List.of(
            new Grant("wajima.lead", "MUNICIPALITY_LEAD", "AFFECTED_MUNICIPALITY", "172049", "輪島市（被災市町村）"),
            new Grant("kanazawa.staff", "MUNICIPALITY_STAFF", "HOST_MUNICIPALITY", "172014", "金沢市（受入市町村）"));

    // HTTP/1.1: the JDK client's h2c upgrade is not needed here and breaks on early 413 answers.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI application;
    private final KeycloakAdmin keycloak;
    private final KeycloakBrowserLogin browser;
    private final DemoSecrets secrets;
    private final List<DemoAccount> accounts = new ArrayList<>();

    DemoSeeder(URI application, URI keycloakUrl, KeycloakAdmin keycloak, DemoSecrets secrets) {
        this.application = application;
        this.keycloak = keycloak;
        this.browser = new KeycloakBrowserLogin(keycloakUrl);
        this.secrets = secrets;
    }

    List<DemoAccount> seed() {
        DemoAccount operator = knownAccount("tsunagu-ops", "operator", "national-operator", "国の運用者");
        String operatorToken = login(operator);
        onboard(operatorToken, "17", "admin17");
        onboard(operatorToken, "16", "admin16");
        DemoAccount ishikawa = knownAccount("pref-17", "admin17", "prefecture-admin", "石川県 管理者");
        knownAccount("pref-16", "admin16", "prefecture-admin", "富山県 管理者");
        String adminToken = login(ishikawa);
        String noto = disaster(adminToken);
        List<DemoAccount> granted = new ArrayList<>();
        for (Grant grant : GRANTS) {
            granted.add(knownAccount("pref-17", grant.username(), "municipality-staff", grant.label()));
            ensureGrant(adminToken, noto, grant);
        }
        seedLedger(login(granted.get(0)), noto);
        return List.copyOf(accounts);
    }

    private void onboard(String operatorToken, String prefecture, String admin) {
        JsonObject body = Json.createObjectBuilder().add("username", admin).add("email", admin + "@demo.tsunagu.invalid")
                .add("familyName", "管理").add("givenName", "デモ").build();
        Reply reply = send("POST", "api/v1/operator/tenants/" + prefecture + "/onboarding", operatorToken, body);
        reply.require(200, 201);
    }

    private String disaster(String adminToken) {
        Optional<String> existing = send("GET", "api/v1/disasters", adminToken, null).require(200).array().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("name").equals(NOTO))
                .map(d -> d.getString("id")).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        JsonObject body = Json.createObjectBuilder().add("name", NOTO).add("type", "EARTHQUAKE")
                .add("occurredOn", "2024-01-01").add("reliefActAppliedOn", "2024-01-01")
                .add("affectedMunicipalities", Json.createArrayBuilder().add("172049").add("172022").add("172057")
                        .add("172090").add("174637").add("174611"))
                .build();
        return send("POST", "api/v1/disasters", adminToken, body).require(201).object().getString("id");
    }

    private void ensureGrant(String adminToken, String disaster, Grant grant) {
        boolean granted = send("GET", "api/v1/disasters/" + disaster + "/grants", adminToken, null).require(200).array()
                .stream().map(JsonValue::asJsonObject)
                .anyMatch(g -> g.getString("username").equals(grant.username()) && g.getBoolean("active"));
        if (granted) {
            return;
        }
        JsonObject body = Json.createObjectBuilder().add("username", grant.username())
                .add("email", grant.username() + "@demo.tsunagu.invalid").add("familyName", "デモ").add("givenName", "職員")
                .add("role", grant.role()).add("scope", grant.scope()).add("municipalityCode", grant.municipality())
                .add("expiresAt", Instant.now().plus(180, ChronoUnit.DAYS).toString()).build();
        send("POST", "api/v1/disasters/" + disaster + "/grants", adminToken, body).require(201);
    }

    /**
     * Fills the instance's ledger the way 輪島市 would: its shelter roster as Windows-31J (what Excel on Windows saves),
     * then an outreach visit sheet whose records link to the roster's persons or wait for review. The same files
     * again store nothing, so a second demo run leaves the ledger as it was. Invented people only.
     */
    private void seedLedger(String staffToken, String disaster) {
        upload(staffToken, disaster, "shelter-roster", "輪島市避難者名簿.csv",
                resource("shelter-roster.csv").getBytes(Charset.forName("windows-31j")));
        upload(staffToken, disaster, "outreach-visit", "訪問記録.csv", resource("outreach-visits.csv")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void upload(String token, String disaster, String profile, String fileName, byte[] content) {
        String path = "api/v1/disasters/" + disaster + "/imports?profile=" + profile + "&fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(application.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        Reply accepted = exchange(request, "POST " + path).require(200, 202);
        String batch = accepted.object().getString("id");
        // The next file links against this one's persons: wait until it is imported and linked.
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            String phase = send("GET", "api/v1/disasters/" + disaster + "/imports/" + batch, token, null).require(200)
                    .object().getString("phase");
            if (phase.equals("COMPLETED")) {
                return;
            }
            if (phase.equals("FAILED") || phase.equals("CANCELLED") || phase.equals("INTERRUPTED")) {
                throw new IllegalStateException("the demo import of " + profile + " ended " + phase);
            }
            pause();
        }
        throw new IllegalStateException("the demo import of " + profile + " did not finish in five minutes");
    }

    private static String resource(String name) {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("ledger/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The account with the demo's known password and TOTP secret. An account the demo does not know the secrets of
     * (e.g. the first admin that onboarding just created) is replaced by one it does.
     */
    private DemoAccount knownAccount(String realm, String username, String role, String label) {
        Optional<String> existing = keycloak.findUserIdByUsername(realm, username);
        Optional<DemoSecrets.Secret> known = secrets.find(realm, username);
        DemoSecrets.Secret secret;
        if (existing.isPresent() && known.isPresent()) {
            secret = known.get();
        } else {
            existing.ifPresent(id -> keycloak.deleteUser(realm, id));
            secret = secrets.create(realm, username);
            keycloak.createUser(realm, NewAccount.firstLogin(username, username + "@demo.tsunagu.invalid", "デモ",
                            label, Set.of(role), Map.of(), secret.password())
                    .withPermanentPassword(secret.password()).withOtpSecret(secret.totpSecret()));
        }
        DemoAccount account = new DemoAccount(realm, username, secret.password(), secret.totpSecret(), label);
        accounts.add(account);
        return account;
    }

    private String login(DemoAccount account) {
        LoginOutcome outcome = browser.login(account.realm(), LoginAttempt.of(account.username(), account.password())
                .withOtp(Totp.fromKeycloakSecret(account.totpSecret())));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            return loggedIn.tokens().accessToken();
        }
        throw new IllegalStateException("demo login of " + account.realm() + "/" + account.username() + " failed: "
                + outcome);
    }

    private Reply send(String method, String path, String token, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve(path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build(), method + " " + path);
    }

    private Reply exchange(HttpRequest request, String call) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(call, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(call + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(String call, int status, String body) {

        Reply require(int... expected) {
            for (int status : expected) {
                if (this.status == status) {
                    return this;
                }
            }
            throw new IllegalStateException(call + " answered " + status + ": " + body);
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
