package jp.tsunagu.app.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.TokenEndpoint;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The running platform as the integration tests share it: one application, one PostgreSQL, one Keycloak per
 * run. Tenants, disaster instances and accounts are created through the public API, idempotently, so tests do
 * not depend on each other's order.
 */
public final class Platform {

    static final String NOTO = "令和6年能登半島地震";
    static final String WAJIMA = "172049";
    static final String KANAZAWA = "172014";

    private static Platform instance;

    public final URI appUrl = URI.create("http://127.0.0.1:" + System.getProperty("tsunagu.it.http.port") + "/");
    final URI keycloakUrl = URI.create("http://127.0.0.1:" + System.getProperty("tsunagu.it.keycloak.port"));
    public final Api api = new Api(appUrl);
    private final TestKeycloak keycloak = new TestKeycloak(keycloakUrl, appUrl);
    private final Logins logins = new Logins(keycloak.browser());

    private final Map<String, Account> admins = new ConcurrentHashMap<>();
    private final Map<String, String> disasters = new ConcurrentHashMap<>();
    private Account operator;

    public static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
        }
        return instance;
    }

    /** A national operator with a known password and OTP secret, created in the operator realm. */
    public TestKeycloak keycloak() {
        return keycloak;
    }

    public String token(Account account) {
        return logins.token(account);
    }

    /** A login with this code instead of the one the account's authenticator shows now. */
    public LoginOutcome loginWithCode(Account account, String code) {
        return logins.login(account, code);
    }

    /** A TOTP code of the account for a login typed into a real browser, from a period no other login used. */
    public String freshCode(Account account) {
        return logins.freshCode(account);
    }

    public String currentCode(Account account) {
        return logins.currentCode(account);
    }

    /** A first login that stops where Keycloak asks to set up TOTP (after changing the temporary password). */
    public LoginOutcome loginSkippingOtpSetup(String realm, String username, String temporaryPassword) {
        return keycloak.browser().login(realm, LoginAttempt.of(username, temporaryPassword)
                .changingPasswordTo("Pw-NoOtpSetup-2024"));
    }

    /** The OAuth2 password grant (no browser, no OTP) on the account's realm and the given client. */
    public TokenResult directGrant(Account account, String client) {
        return keycloak.browser().directGrant(account.realm(), client, account.username(), account.password());
    }

    /** A machine client's token: OAuth2 client credentials, no person, no OTP. */
    public TokenResult serviceToken(String realm, String clientId, String secret) {
        return new TokenEndpoint(keycloakUrl).clientCredentials(realm, clientId, secret);
    }

    public Api.Reply onboardAs(String token, PrefectureCode prefecture) {
        return api.post("api/v1/operator/tenants/" + prefecture.value() + "/onboarding", token,
                onboardingBody("intruder." + prefecture.value()));
    }

    synchronized Account operator() {
        if (operator == null) {
            operator = keycloak.ensureUserWithOtp("tsunagu-ops", "operator.it", "national-operator");
        }
        return operator;
    }

    public String operatorToken() {
        return logins.token(operator());
    }

    /** Onboards the prefecture (if needed) and returns its first admin, who has completed the first login. */
    public synchronized Account admin(PrefectureCode prefecture) {
        return admins.computeIfAbsent(prefecture.value(), code -> {
            String username = "admin" + code + ".it";
            Api.Reply reply = onboard(prefecture, username);
            if (reply.status() == 201) {
                String temporary = reply.json().getJsonObject("admin").getString("temporaryPassword");
                return firstLogin(prefecture.realmName(), username, temporary);
            }
            if (reply.status() != 200) {
                throw new IllegalStateException("onboarding failed: " + reply);
            }
            // Onboarded earlier in this run with another first admin: make a prefecture admin with known secrets.
            return keycloak.ensureUserWithOtp(prefecture.realmName(), username, "prefecture-admin");
        });
    }

    public Api.Reply onboard(PrefectureCode prefecture, String adminUsername) {
        return api.post("api/v1/operator/tenants/" + prefecture.value() + "/onboarding", operatorToken(),
                onboardingBody(adminUsername));
    }

    private static JsonObject onboardingBody(String adminUsername) {
        return Json.createObjectBuilder()
                .add("username", adminUsername)
                .add("email", adminUsername + "@pref.example.jp")
                .add("familyName", "管理")
                .add("givenName", "太郎")
                .build();
    }

    public String adminToken(PrefectureCode prefecture) {
        return logins.token(admin(prefecture));
    }

    /** The 能登半島地震 instance of 石川県, switched on once per run. */
    public synchronized String noto() {
        return disasters.computeIfAbsent("17/" + NOTO, key -> {
            Api.Reply created = api.post("api/v1/disasters", adminToken(PrefectureCode.of(17)),
                    switchOn(NOTO, WAJIMA));
            if (created.status() != 201) {
                throw new IllegalStateException("switch-on failed: " + created);
            }
            return created.json().getString("id");
        });
    }

    public static JsonObject switchOn(String name, String... affected) {
        var municipalities = Json.createArrayBuilder();
        for (String code : affected) {
            municipalities.add(code);
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", "EARTHQUAKE")
                .add("occurredOn", "2024-01-01")
                .add("reliefActAppliedOn", "2024-01-01")
                .add("affectedMunicipalities", municipalities)
                .build();
    }

    /** Grants an account and completes its holder's first login (new password, TOTP set up). */
    public Account grantAndLogIn(PrefectureCode prefecture, String disasterId, String username, String scope,
                          String municipality, Instant expiresAt) {
        Api.Reply granted = grant(prefecture, disasterId, username, scope, municipality, expiresAt);
        if (granted.status() != 201) {
            throw new IllegalStateException("grant failed: " + granted);
        }
        return firstLogin(prefecture.realmName(), username, granted.json().getString("temporaryPassword"));
    }

    public Api.Reply grant(PrefectureCode prefecture, String disasterId, String username, String scope, String municipality,
                    Instant expiresAt) {
        JsonObject body = Json.createObjectBuilder()
                .add("username", username)
                .add("email", username + "@city.example.jp")
                .add("familyName", "支援")
                .add("givenName", "花子")
                .add("role", "MUNICIPALITY_STAFF")
                .add("scope", scope)
                .add("municipalityCode", municipality)
                .add("expiresAt", expiresAt.toString())
                .build();
        return api.post("api/v1/disasters/" + disasterId + "/grants", adminToken(prefecture), body);
    }

    /** The first login of a granted account with the temporary password the admin was given. */
    public Account completeFirstLogin(PrefectureCode prefecture, String username, String temporaryPassword) {
        return firstLogin(prefecture.realmName(), username, temporaryPassword);
    }

    private Account firstLogin(String realm, String username, String temporaryPassword) {
        TestKeycloak.FirstLogin first = keycloak.completeFirstLogin(realm, username, temporaryPassword);
        logins.loggedInNow(first.account(), first.accessToken(), first.expires());
        return first.account();
    }

    public static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }

    /** A direct connection to the run's PostgreSQL, for checking what the API did to the database. */
    public Connection database() throws SQLException {
        return openDatabase();
    }

    static Connection openDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("tsunagu.it.postgres.port")
                + "/tsunagu", "tsunagu", "tsunagu");
    }
}
