package jp.tsunagu.helm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;

/** Secret values live in Secrets only: never in values.yaml, a ConfigMap or an env value. */
class SecretHandlingTest {

    private static final String SENTINEL = "sentinel-Zq7x-never-in-plain-text";

    private static final Map<String, Object> INLINE = Map.of(
            "database.mode", "external",
            "database.external.url", "jdbc:postgresql://pg.example.jp:5432/tsunagu",
            "inlineSecrets.dbUser", "tsunagu",
            "inlineSecrets.dbPassword", SENTINEL,
            "keycloak.admin.mode", "client",
            "inlineSecrets.keycloakAdminClientSecret", SENTINEL + "-client");

    @Test
    void inlineSecretValuesAppearOnlyInsideASecret() {
        Manifests manifests = Chart.render(INLINE);
        List<Manifests.Document> outsideSecrets = manifests.stream()
                .filter(d -> !(d.object() instanceof Secret)).toList();
        List<String> leaks = outsideSecrets.stream().filter(d -> d.yaml().contains(SENTINEL))
                .map(d -> d.kind() + "/" + d.name()).toList();
        assertTrue(leaks.isEmpty(), () -> "secret value in plain text in " + leaks);

        Secret secret = manifests.only(Secret.class);
        assertAll(
                () -> assertEquals(SENTINEL, decode(secret, "db-password")),
                () -> assertEquals(SENTINEL + "-client", decode(secret, "keycloak-admin-client-secret")),
                () -> assertFalse(manifests.stream().filter(d -> d.object() instanceof Secret)
                        .anyMatch(d -> d.yaml().contains(SENTINEL)), "stored base64-encoded, not as stringData"));
        var app = manifests.podSpec().getContainers().getFirst();
        OperatorResourcesTest.assertSecretRef(app, "TSUNAGU_DB_PASSWORD", secret.getMetadata().getName(), "db-password");
        OperatorResourcesTest.assertSecretRef(app, "TSUNAGU_KEYCLOAK_ADMIN_CLIENT_SECRET", secret.getMetadata().getName(),
                "keycloak-admin-client-secret");
    }

    @Test
    void defaultAndProductionValuesRenderNoSecretOfTheirOwn() {
        assertTrue(Chart.withDefaults().secrets().isEmpty(), "defaults reference Secrets, they do not carry any");
        assertTrue(Chart.withProductionValues().secrets().isEmpty(), "production references existing Secrets");
    }

    @Test
    void externalDatabaseWithoutASecretIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Chart.template(Map.of(
                "database.mode", "external", "database.external.url", "jdbc:postgresql://pg:5432/tsunagu")));
        assertTrue(failure.getMessage().contains("database.external.existingSecret is required"), failure.getMessage());
    }

    @Test
    void credentialsInTheDatabaseUrlAreRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Chart.template(Map.of(
                "database.mode", "external", "database.external.existingSecret", "pg",
                "database.external.url", "jdbc:postgresql://pg:5432/tsunagu?user=t&password=" + SENTINEL)));
        assertTrue(failure.getMessage().contains("must not carry credentials"), failure.getMessage());
    }

    @Test
    void secretLookingExtraConfigIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("app.extraConfig.TSUNAGU_SMTP_PASSWORD", SENTINEL)));
        assertTrue(failure.getMessage().contains("looks secret"), failure.getMessage());
    }

    private static String decode(Secret secret, String key) {
        String encoded = secret.getData().get(key);
        return encoded == null ? null : new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }
}
