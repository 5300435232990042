package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.FirstLoginIT.assertRefusedAt;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.keycloak;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.readyAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.LoginStep;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client cannot talk its way around OTP: asking for the password level ({@code acr_values=pwd}) or using
 * another client of the realm (Keycloak's own account console, which has no minimum ACR) still needs the code.
 */
class NoOtpBypassIT {

    private String realm;
    private String username;
    private String password;
    private Totp totp;

    @BeforeEach
    void readyAccountInTheSharedRealm() {
        realm = sharedRealm();
        username = uniqueUsername("bypass");
        password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));
        totp = Totp.fromKeycloakSecret(secret);
    }

    @Test
    void askingTheWebClientForThePasswordLevelStillAsksForOtp() {
        LoginOutcome outcome = browser().login(realm, LoginAttempt.of(username, password), Map.of("acr_values", "pwd"));

        assertRefusedAt(LoginStep.OTP, outcome);
    }

    @Test
    void demandingThePasswordLevelAsEssentialIsRefusedByTheWebClient() {
        LoginOutcome outcome = browser().login(realm, LoginAttempt.of(username, password).withOtp(totp),
                Map.of("claims", "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"pwd\"]}}}"));

        assertRefusedAt(LoginStep.AUTHORIZATION_REQUEST, outcome);
    }

    @Test
    void anAccountWhoseTotpSetupAnAdministratorRemovedMustStillSetItUp() {
        String noOtpUser = uniqueUsername("stripped");
        String noOtpPassword = strongPassword();
        String userId = admin().createUser(realm, jp.tsunagu.app.keycloak.KeycloakTestSupport
                .firstLoginAccount(noOtpUser, noOtpPassword).withPermanentPassword(noOtpPassword));
        PasswordGrantIT.removeRequiredActions(realm, userId);

        assertRefusedAt(LoginStep.TOTP_SETUP, browser().login(realm, LoginAttempt.of(noOtpUser, noOtpPassword)));
    }

    @Test
    void anotherClientOfTheRealmAlsoNeedsTheOtpCode() {
        KeycloakBrowserLogin accountConsole = new KeycloakBrowserLogin(keycloak().baseUrl(), "account-console",
                URI.create(keycloak().baseUrl() + "/realms/" + realm + "/account/"));

        LoginOutcome withoutCode = accountConsole.login(realm, LoginAttempt.of(username, password), Map.of("acr_values", "pwd"));
        LoginOutcome withCode = accountConsole.login(realm, LoginAttempt.of(username, password)
                .withOtp(totp, Instant.now().plusSeconds(30)), Map.of("acr_values", "pwd"));

        assertRefusedAt(LoginStep.OTP, withoutCode);
        // Keycloak echoes the requested (lower) acr here although OTP was done: only tsunagu-web tokens, whose
        // minimum ACR is otp, say "otp"; the application must check azp as well as acr.
        LoginOutcome.LoggedIn in = withCode.loggedInOrThrow();
        assertEquals(Optional.of("account-console"), in.tokens().azp());
    }
}
