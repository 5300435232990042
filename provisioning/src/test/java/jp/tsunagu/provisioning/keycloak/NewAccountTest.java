package jp.tsunagu.provisioning.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    private final NewAccount firstLogin = NewAccount.firstLogin("yamada", "yamada@example.jp", "太郎", "山田",
            Set.of("municipality-staff"), Map.of("tenant_id", List.of("17")), "Temporary-Passw0rd");

    @Test
    void aFirstLoginAccountMustChangeItsPasswordAndSetUpTotp() {
        assertEquals(List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"), firstLogin.requiredActions());
    }

    @Test
    void aPresetSecretAndPermanentPasswordNeedNoAction() {
        assertEquals(List.of(), firstLogin.withPermanentPassword("Permanent-Passw0rd").withOtpSecret("ABC").requiredActions());
        assertEquals(List.of("UPDATE_PASSWORD"), firstLogin.withOtpSecret("ABC").requiredActions());
        assertEquals(List.of("CONFIGURE_TOTP"), firstLogin.withPermanentPassword("Permanent-Passw0rd").requiredActions());
    }

    @Test
    void undeclaredAttributesAreRejectedBecauseKeycloakWouldDropThem() {
        assertThrows(IllegalArgumentException.class, () -> NewAccount.firstLogin("a", "a@example.jp", "a", "b",
                Set.of(), Map.of("favourite_colour", List.of("blue")), "Temporary-Passw0rd"));
    }

    @Test
    void toStringShowsNoPersonalDataOrSecret() {
        String text = firstLogin.withOtpSecret("SECRETSECRET").toString();

        for (String secret : List.of("yamada", "太郎", "山田", "example.jp", "Temporary-Passw0rd", "SECRETSECRET")) {
            assertFalse(text.contains(secret), text);
        }
    }
}
