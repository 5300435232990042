package jp.tsunagu.app.keycloak;

import static jp.tsunagu.app.keycloak.KeycloakTestSupport.PUBLIC_APP_URL;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.admin;
import static jp.tsunagu.app.keycloak.KeycloakTestSupport.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.provisioning.keycloak.KeycloakAdminException;
import jp.tsunagu.provisioning.keycloak.RealmBlueprint;
import jp.tsunagu.provisioning.keycloak.RealmSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tenant realm made by KeycloakAdmin is what the blueprint says, and making it again changes nothing. */
class TenantRealmIT {

    private static final String REALM = "pref-46";
    private static JsonObject realmAfterFirstEnsure;
    private static RealmSetup firstSetup;
    private static RealmSetup secondSetup;

    @BeforeAll
    static void ensureTwice() {
        KeycloakAdmin admin = admin();
        admin.deleteRealm(REALM);
        Instant start = Instant.now();
        firstSetup = admin.ensureTenantRealm(REALM, "鹿児島県", PUBLIC_APP_URL);
        System.out.println("Created realm " + REALM + " in " + Duration.between(start, Instant.now()).toMillis() + " ms");
        realmAfterFirstEnsure = snapshot();
        start = Instant.now();
        secondSetup = admin.ensureTenantRealm(REALM, "鹿児島県", PUBLIC_APP_URL);
        System.out.println("Ensured existing realm " + REALM + " in " + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    @Test
    void theFirstEnsureCreatesAndTheSecondChangesNothing() {
        assertEquals(RealmSetup.CREATED, firstSetup);
        assertEquals(RealmSetup.ALREADY_PRESENT, secondSetup);
        assertEquals(realmAfterFirstEnsure, snapshot());
        assertTrue(admin().realmExists(REALM));
    }

    @Test
    void theRealmIsEnabledWithTheOtpFlowsBound() {
        JsonObject realm = probe().object(REALM);

        assertTrue(realm.getBoolean("enabled"));
        assertEquals("tsunagu browser", realm.getString("browserFlow"));
        assertEquals("tsunagu direct grant", realm.getString("directGrantFlow"));
        assertEquals("{\"pwd\":1,\"otp\":2}", realm.getJsonObject("attributes").getString("acr.loa.map"));
        assertEquals("tenant/1", realm.getJsonObject("attributes").getString(RealmBlueprint.MARKER_ATTRIBUTE));
    }

    @Test
    void theBrowserFlowAsksPasswordAndOtpTogetherBehindLevelTwo() {
        List<String> lines = executionLines("tsunagu browser");

        assertEquals(List.of(
                "0 auth-cookie ALTERNATIVE",
                "0 tsunagu browser forms ALTERNATIVE",
                "1 tsunagu browser password and otp CONDITIONAL",
                "2 conditional-level-of-authentication REQUIRED",
                "2 auth-username-password-form REQUIRED",
                "2 auth-otp-form REQUIRED"), lines);
        assertLevelTwoCondition("tsunagu browser");
    }

    @Test
    void theDirectGrantFlowAsksUsernamePasswordAndOtpBehindLevelTwo() {
        assertEquals(List.of(
                "0 tsunagu direct grant password and otp CONDITIONAL",
                "1 conditional-level-of-authentication REQUIRED",
                "1 direct-grant-validate-username REQUIRED",
                "1 direct-grant-validate-password REQUIRED",
                "1 direct-grant-validate-otp REQUIRED"), executionLines("tsunagu direct grant"));
        assertLevelTwoCondition("tsunagu direct grant");
    }

    @Test
    void totpSetupIsADefaultRequiredActionAndTheRequiredActionsAreIntact() {
        JsonObject configureTotp = probe().object(REALM, "authentication", "required-actions", "CONFIGURE_TOTP");
        assertTrue(configureTotp.getBoolean("enabled"));
        assertTrue(configureTotp.getBoolean("defaultAction"));
        List<String> actions = probe().array(REALM, "authentication", "required-actions").getValuesAs(JsonObject.class)
                .stream().map(a -> a.getString("alias")).toList();
        assertTrue(actions.containsAll(List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP", "UPDATE_PROFILE")), actions.toString());
    }

    @Test
    void otpPolicyPasswordPolicyBruteForceEventsAndLanguage() {
        JsonObject realm = probe().object(REALM);

        assertEquals("totp", realm.getString("otpPolicyType"));
        assertEquals("HmacSHA1", realm.getString("otpPolicyAlgorithm"));
        assertEquals(6, realm.getInt("otpPolicyDigits"));
        assertEquals(30, realm.getInt("otpPolicyPeriod"));
        assertFalse(realm.getBoolean("otpPolicyCodeReusable"));
        assertTrue(realm.getString("passwordPolicy").contains("length(12)"), realm.getString("passwordPolicy"));
        assertTrue(realm.getString("passwordPolicy").contains("notUsername"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertEquals(5, realm.getInt("failureFactor"));
        assertTrue(realm.getBoolean("eventsEnabled"));
        assertTrue(realm.getBoolean("adminEventsEnabled"));
        assertFalse(realm.getBoolean("adminEventsDetailsEnabled"));
        assertTrue(realm.getBoolean("internationalizationEnabled"));
        assertEquals("ja", realm.getString("defaultLocale"));
        assertFalse(realm.getBoolean("registrationAllowed"));
    }

    @Test
    void theWebClientIsPublicPkceOnlyDemandsOtpAndAddsTheApiAudience() {
        JsonObject client = probe().client(REALM, RealmBlueprint.WEB_CLIENT);
        JsonObject attributes = client.getJsonObject("attributes");

        assertTrue(client.getBoolean("publicClient"));
        assertTrue(client.getBoolean("standardFlowEnabled"));
        assertFalse(client.getBoolean("directAccessGrantsEnabled"));
        assertFalse(client.getBoolean("implicitFlowEnabled"));
        assertFalse(client.getBoolean("serviceAccountsEnabled"));
        assertEquals("S256", attributes.getString("pkce.code.challenge.method"));
        assertEquals("otp", attributes.getString("minimum.acr.value"));
        assertEquals("otp", attributes.getString("default.acr.values"));
        assertEquals(Set.of(PUBLIC_APP_URL + "/*", "http://127.0.0.1/*"),
                Set.copyOf(client.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList()));
        JsonObject audience = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("protocolMapper").equals("oidc-audience-mapper")).findFirst().orElseThrow();
        assertEquals("tsunagu-api", audience.getJsonObject("config").getString("included.custom.audience"));
        assertEquals("true", audience.getJsonObject("config").getString("access.token.claim"));
    }

    @Test
    void theRolesAndDeclaredUserAttributesExist() {
        List<String> roles = probe().array(REALM, "roles").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
        assertTrue(roles.containsAll(List.of("prefecture-admin", "municipality-staff", "municipality-lead", "support-worker")),
                roles.toString());
        List<String> attributes = probe().object(REALM, "users", "profile").getJsonArray("attributes")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
        assertTrue(attributes.containsAll(RealmBlueprint.USER_ATTRIBUTES), attributes.toString());
        assertTrue(attributes.containsAll(List.of("username", "email", "firstName", "lastName")), attributes.toString());
    }

    @Test
    void aRealmThatTsunaguDidNotFinishIsNotTakenForAFinishedOne() {
        String realm = "pref-45";
        admin().deleteRealm(realm);
        assertEquals(201, probe().post(Json.createObjectBuilder().add("realm", realm).add("enabled", true).build()));
        try {
            KeycloakAdminException e = assertThrows(KeycloakAdminException.class,
                    () -> admin().ensureTenantRealm(realm, "宮崎県", PUBLIC_APP_URL));
            assertTrue(e.isConflict(), e.getMessage());
        } finally {
            assertTrue(admin().deleteRealm(realm));
        }
        assertFalse(admin().realmExists(realm));
        assertFalse(admin().deleteRealm(realm), "deleting a realm that is gone again is a no-op");
    }

    private static void assertLevelTwoCondition(String flow) {
        JsonObject condition = probe().array(REALM, "authentication", "flows", flow, "executions")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> "conditional-level-of-authentication".equals(e.getString("providerId", "")))
                .findFirst().orElseThrow();
        JsonObject config = probe().object(REALM, "authentication", "config", condition.getString("authenticationConfig"));
        assertEquals("2", config.getJsonObject("config").getString("loa-condition-level"));
    }

    private static List<String> executionLines(String flow) {
        JsonArray executions = probe().array(REALM, "authentication", "flows", flow, "executions");
        return executions.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("level") + " " + (e.getBoolean("authenticationFlow", false)
                        ? e.getString("displayName") : e.getString("providerId")) + " " + e.getString("requirement"))
                .toList();
    }

    /** What would change if ensuring did something: the realm, its flows, clients, roles and user profile. */
    private static JsonObject snapshot() {
        AdminRestProbe probe = probe();
        return Json.createObjectBuilder()
                .add("realm", probe.object(REALM))
                .add("flows", probe.array(REALM, "authentication", "flows"))
                .add("requiredActions", probe.array(REALM, "authentication", "required-actions"))
                .add("clients", probe.array(REALM, "clients"))
                .add("roles", probe.array(REALM, "roles"))
                .add("profile", probe.object(REALM, "users", "profile"))
                .build();
    }
}
