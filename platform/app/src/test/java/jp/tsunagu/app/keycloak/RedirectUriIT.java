package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.FirstLoginIT.assertRefusedAt;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.PUBLIC_APP_URL;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.keycloak;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.readyAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginStep;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.Test;

/** Where tsunagu-web may send codes: the application, and loopback on any port (tests, command-line tools). */
class RedirectUriIT {

    @Test
    void loopbackOnAnEphemeralPortAndTheApplicationAreAcceptedOtherHostsAreNot() {
        String realm = sharedRealm();
        String username = uniqueUsername("redirect");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));
        Totp totp = Totp.fromKeycloakSecret(secret);

        var ephemeralPort = login(URI.create("http://127.0.0.1:54321/cli/callback"))
                .login(realm, LoginAttempt.of(username, password).withOtp(totp));
        var application = login(URI.create(PUBLIC_APP_URL + "/auth/callback"))
                .login(realm, LoginAttempt.of(username, password).withOtp(totp, Instant.now().plusSeconds(30)));
        var otherHost = login(URI.create("http://evil.example.com/callback"))
                .login(realm, LoginAttempt.of(username, password).withOtp(totp));
        var localhostName = login(URI.create("http://localhost:54321/callback"))
                .login(realm, LoginAttempt.of(username, password).withOtp(totp));

        assertEquals(Optional.of("otp"), ephemeralPort.loggedInOrThrow().tokens().acr());
        assertEquals(Optional.of("otp"), application.loggedInOrThrow().tokens().acr());
        assertRefusedAt(LoginStep.AUTHORIZATION_REQUEST, otherHost);
        assertRefusedAt(LoginStep.AUTHORIZATION_REQUEST, localhostName);
    }

    private static KeycloakBrowserLogin login(URI redirectUri) {
        return new KeycloakBrowserLogin(keycloak().baseUrl(), "tsunagu-web", redirectUri);
    }
}
