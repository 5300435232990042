package jp.tsunagu.provisioning.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeycloakRestErrorTextTest {

    @Test
    void keepsKeycloaksMessageButNotTheValuesItEchoes() {
        String validation = "{\"field\":\"email\",\"errorMessage\":\"invalidEmailMessage\",\"params\":[\"email\",\"yamada@example.jp\"]}";

        assertEquals("invalidEmailMessage", KeycloakRest.errorText(validation));
    }

    @Test
    void readsOAuthErrorsAndSurvivesNonJson() {
        assertEquals("invalid_grant: Invalid user credentials",
                KeycloakRest.errorText("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));
        assertEquals("", KeycloakRest.errorText("<html>Bad Gateway</html>"));
        assertEquals("", KeycloakRest.errorText(""));
    }
}
