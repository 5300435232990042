package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.firstLoginAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.keycloak;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.readyAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.wrongCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.LoginStep;
import jp.tsunagu.stack.Tokens;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.Test;

/** Logging in through the real login pages: new password and TOTP first, then password and OTP every time. */
class FirstLoginIT {

    @Test
    void aNewAccountMustChangeItsPasswordAndSetUpTotpAndThenGetsAnOtpToken() {
        String realm = sharedRealm();
        String username = uniqueUsername("first");
        String temporary = strongPassword();
        String userId = admin().createUser(realm, firstLoginAccount(username, temporary));

        // Keycloak asks for the TOTP setup and the new password in its own order; either way: no token.
        LoginOutcome passwordOnly = browser().login(realm, LoginAttempt.of(username, temporary));
        LoginOutcome.Refused refused = assertInstanceOf(LoginOutcome.Refused.class, passwordOnly, passwordOnly.toString());
        assertTrue(Set.of(LoginStep.TOTP_SETUP, LoginStep.UPDATE_PASSWORD).contains(refused.step()), refused.toString());

        String newPassword = strongPassword();
        LoginOutcome.LoggedIn first = browser().login(realm, LoginAttempt.of(username, temporary)
                .changingPasswordTo(newPassword).settingUpTotp()).loggedInOrThrow();

        Tokens tokens = first.tokens();
        assertEquals(Optional.of("otp"), tokens.acr());
        assertTrue(tokens.audiences().contains("tsunagu-api"), tokens.audiences().toString());
        assertEquals(Optional.of("tsunagu-web"), tokens.azp());
        assertEquals(Optional.of(userId), tokens.subject());
        assertEquals(Optional.of(keycloak().baseUrl() + "/realms/" + realm), tokens.issuer());
        assertTrue(tokens.realmRoles().contains("municipality-staff"), tokens.realmRoles().toString());
        assertTrue(first.configuredTotpSecret().isPresent(), "the login set up TOTP and reports its secret");
        assertEquals(1, probe().events(realm, userId, "LOGIN").size(), "the login is stored as an event");

        // The configured secret is the account's OTP from now on; the next period's code, as this one was used.
        Totp totp = first.configuredTotp().orElseThrow();
        LoginOutcome.LoggedIn second = browser().login(realm, LoginAttempt.of(username, newPassword)
                .withOtp(totp, Instant.now().plusSeconds(30))).loggedInOrThrow();
        assertEquals(Optional.of("otp"), second.tokens().acr());
        assertTrue(second.configuredTotpSecret().isEmpty(), "no second TOTP setup");
    }

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeAnyToken() {
        String realm = sharedRealm();
        String username = uniqueUsername("temporary");
        String temporary = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, firstLoginAccount(username, temporary).withOtpSecret(secret));
        Totp totp = Totp.fromKeycloakSecret(secret);

        LoginOutcome keepingIt = browser().login(realm, LoginAttempt.of(username, temporary).withOtp(totp));
        LoginOutcome replacingIt = browser().login(realm, LoginAttempt.of(username, temporary)
                .withOtp(totp, Instant.now().plusSeconds(30)).changingPasswordTo(strongPassword()));

        assertRefusedAt(LoginStep.UPDATE_PASSWORD, keepingIt);
        assertEquals(Optional.of("otp"), replacingIt.loggedInOrThrow().tokens().acr());
    }

    @Test
    void aWrongOtpCodeIsRefusedAtTheOtpStepAndTheRightOneIsAccepted() {
        String realm = sharedRealm();
        String username = uniqueUsername("wrongotp");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));
        Totp totp = Totp.fromKeycloakSecret(secret);

        LoginOutcome wrong = browser().login(realm, LoginAttempt.of(username, password).withOtpCode(wrongCode(totp)));
        LoginOutcome right = browser().login(realm, LoginAttempt.of(username, password).withOtp(totp));

        LoginOutcome.Refused refused = assertRefusedAt(LoginStep.OTP, wrong);
        assertFalse(refused.message().isBlank(), "Keycloak shows an error on the OTP page");
        assertEquals(Optional.of("otp"), right.loggedInOrThrow().tokens().acr());
    }

    @Test
    void anAccountWithoutTotpGetsNoTokenWithoutSettingItUp() {
        String realm = sharedRealm();
        String username = uniqueUsername("nototp");
        String password = strongPassword();
        admin().createUser(realm, firstLoginAccount(username, password).withPermanentPassword(password));

        LoginOutcome passwordOnly = browser().login(realm, LoginAttempt.of(username, password));
        LoginOutcome again = browser().login(realm, LoginAttempt.of(username, password).withOtpCode("123456"));

        assertRefusedAt(LoginStep.TOTP_SETUP, passwordOnly);
        assertRefusedAt(LoginStep.TOTP_SETUP, again);
    }

    @Test
    void aPresetTotpSecretWorksWithoutAnySetupPage() {
        String realm = sharedRealm();
        String username = uniqueUsername("preset");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));

        LoginOutcome.LoggedIn in = browser().login(realm, LoginAttempt.of(username, password)
                .withOtp(Totp.fromKeycloakSecret(secret))).loggedInOrThrow();

        assertEquals(Optional.of("otp"), in.tokens().acr());
        assertTrue(in.configuredTotpSecret().isEmpty());
    }

    static LoginOutcome.Refused assertRefusedAt(LoginStep step, LoginOutcome outcome) {
        LoginOutcome.Refused refused = assertInstanceOf(LoginOutcome.Refused.class, outcome, outcome.toString());
        assertEquals(step, refused.step(), refused.toString());
        return refused;
    }
}
