package jp.tsunagu.app.it;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.client.ClientBuilder;

import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.SharedKeycloak;

/**
 * What the tests do to Keycloak directly, as its administrator: accounts with secrets the tests know, and checks
 * of what the application did to realms and users.
 */
public final class TestKeycloak {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final KeycloakAdmin admin;
    private final KeycloakBrowserLogin browser;
    private final URI appUrl;

    TestKeycloak(URI keycloakUrl, URI appUrl) {
        this.admin = new KeycloakAdmin(keycloakUrl, new AdminCredentials.BootstrapAdmin(SharedKeycloak.ADMIN_USER,
                SharedKeycloak.ADMIN_PASSWORD), ClientBuilder.newClient());
        this.browser = new KeycloakBrowserLogin(keycloakUrl);
        this.appUrl = appUrl;
    }

    /** A fresh account with a known password and a pre-set OTP secret (replacing one of the same name). */
    public Account ensureUserWithOtp(String realm, String username, String realmRole) {
        admin.findUserIdByUsername(realm, username).ifPresent(id -> admin.deleteUser(realm, id));
        String password = "Pw-" + random(16) + "9a";
        String secret = random(20);
        admin.createUser(realm, NewAccount.firstLogin(username, username + "@example.jp", "試験", "太郎",
                Set.of(realmRole), Map.of(), password).withPermanentPassword(password).withOtpSecret(secret));
        return new Account(realm, username, password, secret);
    }

    /** An account after its first login, with the tokens that login gave. */
    record FirstLogin(Account account, String accessToken, java.time.Instant expires) {
    }

    /** Logs in for the first time with the temporary password: sets a new password and sets up TOTP. */
    public FirstLogin completeFirstLogin(String realm, String username, String temporaryPassword) {
        String password = "Pw-" + random(16) + "7b";
        LoginOutcome outcome = browser.login(realm, LoginAttempt.of(username, temporaryPassword)
                .changingPasswordTo(password).settingUpTotp());
        if (!(outcome instanceof LoginOutcome.LoggedIn loggedIn)) {
            throw new IllegalStateException("first login of a test account failed: " + outcome);
        }
        return new FirstLogin(new Account(realm, username, password, loggedIn.configuredTotpSecret().orElseThrow()),
                loggedIn.tokens().accessToken(),
                java.time.Instant.ofEpochSecond(loggedIn.tokens().claims().getJsonNumber("exp").longValue()));
    }

    public boolean realmExists(String realm) {
        return admin.realmExists(realm);
    }

    public boolean userExists(String realm, String username) {
        return admin.findUserIdByUsername(realm, username).isPresent();
    }

    /** Creates a tenant realm as an interrupted onboarding would have left it. */
    public void createTenantRealmDirectly(String realm, String displayName) {
        admin.ensureTenantRealm(realm, displayName, appUrl);
    }

    KeycloakBrowserLogin browser() {
        return browser;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }
}
