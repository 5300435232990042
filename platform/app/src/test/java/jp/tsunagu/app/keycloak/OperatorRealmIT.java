package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.PUBLIC_APP_URL;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.otpSecret;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.strongPassword;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.uniqueUsername;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.provisioning.keycloak.RealmBlueprint;
import jp.tsunagu.provisioning.keycloak.RealmSetup;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.Tokens;
import jp.tsunagu.stack.Totp;
import org.junit.jupiter.api.Test;

/** The operators' realm follows the same pattern with its own role. */
class OperatorRealmIT {

    @Test
    void operatorsLogInWithOtpAndCarryTheirRole() {
        RealmSetup first = admin().ensureOperatorRealm(PUBLIC_APP_URL);
        assertEquals(RealmSetup.ALREADY_PRESENT, admin().ensureOperatorRealm(PUBLIC_APP_URL));
        System.out.println("Operator realm: " + first);
        String realm = RealmBlueprint.OPERATOR_REALM;
        JsonObject realmJson = probe().object(realm);
        assertEquals("tsunagu browser", realmJson.getString("browserFlow"));
        assertEquals("operator/1", realmJson.getJsonObject("attributes").getString(RealmBlueprint.MARKER_ATTRIBUTE));

        String username = uniqueUsername("operator");
        String password = strongPassword();
        String secret = otpSecret();
        admin().createUser(realm, new NewAccount(username, username + "@example.jp", "三郎", "霞", Set.of("national-operator"),
                Map.of(), jp.tsunagu.provisioning.keycloak.InitialPassword.permanent(password), Optional.of(secret)));

        Tokens tokens = browser().login(realm, LoginAttempt.of(username, password).withOtp(Totp.fromKeycloakSecret(secret)))
                .loggedInOrThrow().tokens();

        assertEquals(Optional.of("otp"), tokens.acr());
        assertTrue(tokens.realmRoles().contains("national-operator"), tokens.realmRoles().toString());
        assertTrue(tokens.audiences().containsAll(List.of("tsunagu-api")), tokens.audiences().toString());
    }
}
