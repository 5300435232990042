package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.firstLoginAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.readyAccount;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Optional;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The password grant gives no token without OTP: the web client has it off, and a client where someone turned it
 * on still runs the realm's direct-grant flow, which requires the OTP code as well.
 */
class PasswordGrantIT {

    /** A public client with direct access grants on, as a careless administrator might add one. */
    private static final String CARELESS_CLIENT = "password-grant-probe";

    @BeforeAll
    static void addCarelessClient() {
        String realm = sharedRealm();
        if (probe().array(realm, "clients").getValuesAs(jakarta.json.JsonObject.class).stream()
                .noneMatch(c -> CARELESS_CLIENT.equals(c.getString("clientId")))) {
            assertEquals(201, probe().post(Json.createObjectBuilder()
                    .add("clientId", CARELESS_CLIENT)
                    .add("publicClient", true)
                    .add("standardFlowEnabled", false)
                    .add("directAccessGrantsEnabled", true)
                    .build(), realm, "clients"));
        }
    }

    @Test
    void theWebClientRefusesThePasswordGrantEvenWithOtp() {
        String realm = sharedRealm();
        String username = uniqueUsername("grant-web");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));

        TokenResult passwordOnly = browser().directGrant(realm, "tsunagu-web", username, password);
        TokenResult withOtp = browser().directGrant(realm, "tsunagu-web", username, password,
                Totp.fromKeycloakSecret(secret).now());

        assertDenied(passwordOnly);
        assertDenied(withOtp);
        assertEquals("unauthorized_client", ((TokenResult.Denied) passwordOnly).error());
    }

    @Test
    void withDirectGrantsTurnedOnThePasswordAloneIsStillRefused() {
        String realm = sharedRealm();
        String username = uniqueUsername("grant-on");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, readyAccount(username, password, secret));

        TokenResult passwordOnly = browser().directGrant(realm, CARELESS_CLIENT, username, password);
        TokenResult withOtp = browser().directGrant(realm, CARELESS_CLIENT, username, password,
                Totp.fromKeycloakSecret(secret).now());

        assertDenied(passwordOnly);
        // The same request with the code succeeds: it was the missing OTP that was refused.
        assertTrue(withOtp.granted(), withOtp.toString());
        System.out.println("Direct grant with OTP: acr=" + withOtp.tokensOrThrow().acr().orElse("(none)"));
        assertEquals(Optional.of("otp"), withOtp.tokensOrThrow().acr());
    }

    @Test
    void withDirectGrantsTurnedOnAnAccountWithoutTotpGetsNothing() {
        String realm = sharedRealm();
        String username = uniqueUsername("grant-nototp");
        String password = strongPassword();
        admin().createUser(realm, firstLoginAccount(username, password).withPermanentPassword(password));

        assertDenied(browser().directGrant(realm, CARELESS_CLIENT, username, password));
        assertDenied(browser().directGrant(realm, CARELESS_CLIENT, username, password, "123456"));
    }

    /**
     * Control: for an account without OTP whose TOTP-setup action an administrator removed, Keycloak's built-in
     * direct-grant flow (bound to one client by override) does hand out a token on the password alone. The
     * realm's own flow refuses the same request: that is the hole it closes, and these tests would notice it.
     */
    @Test
    void keycloaksBuiltInDirectGrantFlowWouldIssueAPasswordOnlyToken() {
        String realm = sharedRealm();
        String builtInFlowId = probe().array(realm, "authentication", "flows").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(f -> "direct grant".equals(f.getString("alias"))).findFirst().orElseThrow().getString("id");
        String clientId = "builtin-direct-grant-" + uniqueUsername("c");
        assertEquals(201, probe().post(Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("publicClient", true)
                .add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .add("authenticationFlowBindingOverrides", Json.createObjectBuilder().add("direct_grant", builtInFlowId))
                .build(), realm, "clients"));
        String username = uniqueUsername("grant-builtin");
        String password = strongPassword();
        String userId = admin().createUser(realm, firstLoginAccount(username, password).withPermanentPassword(password));
        removeRequiredActions(realm, userId);

        TokenResult builtIn = browser().directGrant(realm, clientId, username, password);
        TokenResult realmFlow = browser().directGrant(realm, CARELESS_CLIENT, username, password);

        assertTrue(builtIn.granted(), builtIn.toString());
        assertFalse(builtIn.tokensOrThrow().acr().equals(Optional.of("otp")));
        assertDenied(realmFlow);
    }

    static void removeRequiredActions(String realm, String userId) {
        jakarta.json.JsonObject user = probe().object(realm, "users", userId);
        assertEquals(204, probe().put(Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder()).build(),
                realm, "users", userId));
    }

    private static void assertDenied(TokenResult result) {
        assertInstanceOf(TokenResult.Denied.class, result, result.toString());
    }
}
