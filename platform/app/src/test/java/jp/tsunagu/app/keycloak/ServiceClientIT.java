package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.browser;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.sharedRealm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.stack.Tokens;
import org.junit.jupiter.api.Test;

/** A service client gets client-credentials tokens that cannot pass for a person's OTP login. */
class ServiceClientIT {

    @Test
    void ensuringTwiceKeepsTheSecretAndItsTokensAreClearlyAMachines() {
        String realm = sharedRealm();
        String secret = admin().ensureServiceClient(realm, "tsunagu-import");
        assertEquals(secret, admin().ensureServiceClient(realm, "tsunagu-import"));

        Tokens tokens = browser().tokenEndpoint().clientCredentials(realm, "tsunagu-import", secret).tokensOrThrow();

        assertEquals(Optional.of("tsunagu-import"), tokens.azp());
        assertFalse(tokens.acr().equals(Optional.of("otp")), "acr was " + tokens.acr());
        assertFalse(tokens.audiences().contains("tsunagu-api"), tokens.audiences().toString());
        System.out.println("Service client token: acr=" + tokens.acr().orElse("(none)") + " aud=" + tokens.audiences());
    }

    @Test
    void aWrongSecretGetsNothing() {
        String realm = sharedRealm();
        admin().ensureServiceClient(realm, "tsunagu-import");

        TokenResult result = browser().tokenEndpoint().clientCredentials(realm, "tsunagu-import", "not-the-secret");

        assertInstanceOf(TokenResult.Denied.class, result);
    }
}
