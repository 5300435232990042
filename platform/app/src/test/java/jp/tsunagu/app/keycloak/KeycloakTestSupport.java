package jp.tsunagu.app.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.provisioning.keycloak.RealmSetup;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.KeycloakServer;
import jp.tsunagu.stack.SharedKeycloak;
import jp.tsunagu.stack.Totp;

/**
 * What the Keycloak integration tests share: the one Keycloak of the run, an admin client, and the tenant realm
 * most tests log in to (created once per run, whichever test comes first). Accounts get random names, so tests
 * do not depend on each other or on their order.
 */
final class KeycloakTestSupport {

    /** The realm the login tests share (石川県). */
    static final String SHARED_REALM = "pref-17";
    static final URI PUBLIC_APP_URL = URI.create("http://127.0.0.1:" + System.getProperty("tsunagu.it.http.port", "8080"));

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static Client client;
    private static KeycloakAdmin admin;
    private static boolean sharedRealmReady;

    private KeycloakTestSupport() {
    }

    static KeycloakServer keycloak() {
        return SharedKeycloak.get();
    }

    static synchronized KeycloakAdmin admin() {
        if (admin == null) {
            admin = new KeycloakAdmin(keycloak().baseUrl(),
                    new AdminCredentials.BootstrapAdmin(SharedKeycloak.ADMIN_USER, SharedKeycloak.ADMIN_PASSWORD), client());
        }
        return admin;
    }

    static synchronized Client client() {
        if (client == null) {
            client = ClientBuilder.newClient();
        }
        return client;
    }

    static AdminRestProbe probe() {
        return new AdminRestProbe(keycloak().baseUrl(), client());
    }

    static KeycloakBrowserLogin browser() {
        return new KeycloakBrowserLogin(keycloak().baseUrl());
    }

    /** The shared tenant realm, created on first use. */
    static synchronized String sharedRealm() {
        if (!sharedRealmReady) {
            RealmSetup setup = admin().ensureTenantRealm(SHARED_REALM, "石川県", PUBLIC_APP_URL);
            System.out.println("Shared test realm " + SHARED_REALM + ": " + setup);
            sharedRealmReady = true;
        }
        return SHARED_REALM;
    }

    static String uniqueUsername(String prefix) {
        return prefix + "-" + random(8).toLowerCase();
    }

    /** Meets the realm password policy: 12+ characters, upper, lower, digit. */
    static String strongPassword() {
        return "Pw-" + random(12) + "-9a";
    }

    /** An OTP secret shaped like Keycloak's own (20 letters and digits, used as ASCII bytes). */
    static String otpSecret() {
        return random(20);
    }

    /** A staff account whose holder must change the password and set up TOTP at first login. */
    static NewAccount firstLoginAccount(String username, String temporaryPassword) {
        return NewAccount.firstLogin(username, username + "@example.jp", "花子", "能登",
                Set.of("municipality-staff"), Map.of("tenant_id", List.of("17")), temporaryPassword);
    }

    /** A staff account ready to log in: permanent password and a preset TOTP secret. */
    static NewAccount readyAccount(String username, String password, String otpSecret) {
        return firstLoginAccount(username, password).withPermanentPassword(password).withOtpSecret(otpSecret);
    }

    /** A six-digit code that is wrong now and within Keycloak's look-ahead window. */
    static String wrongCode(Totp totp) {
        Instant now = Instant.now();
        Set<String> valid = new HashSet<>();
        for (int step = -2; step <= 2; step++) {
            valid.add(totp.codeAt(now.plus(Duration.ofSeconds(30L * step))));
        }
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }
}
