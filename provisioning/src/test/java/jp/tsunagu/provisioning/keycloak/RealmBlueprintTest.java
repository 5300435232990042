package jp.tsunagu.provisioning.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealmBlueprintTest {

    private final RealmBlueprint tenant = RealmBlueprint.tenant();

    @Test
    void aNewRealmStartsDisabledWithTheWholeOtpPolicyAndNoRequiredActionsList() {
        JsonObject realm = tenant.realmRepresentation("pref-17", "石川県", URI.create("https://tsunagu.example.jp/"));

        assertFalse(realm.getBoolean("enabled"));
        for (String field : List.of("otpPolicyType", "otpPolicyAlgorithm", "otpPolicyDigits", "otpPolicyPeriod",
                "otpPolicyLookAheadWindow", "otpPolicyInitialCounter", "otpPolicyCodeReusable")) {
            assertTrue(realm.containsKey(field), field);
        }
        // An empty list here would delete all of Keycloak's required actions.
        assertFalse(realm.containsKey("requiredActions"));
        assertFalse(realm.containsKey("authenticationFlows"), "flows are added afterwards, next to Keycloak's defaults");
        assertEquals("{\"pwd\":1,\"otp\":2}", realm.getJsonObject("attributes").getString("acr.loa.map"));
    }

    @Test
    void theWebClientRedirectsToTheAppWithoutATrailingSlashAndToLoopback() {
        JsonObject client = tenant.webClient(URI.create("https://tsunagu.example.jp/"));

        assertEquals(List.of("https://tsunagu.example.jp/*"), redirects(client),
                "a production realm accepts no loopback redirect");
        assertEquals(List.of("http://127.0.0.1:8080/*", "http://127.0.0.1/*"),
                redirects(tenant.webClient(URI.create("http://127.0.0.1:8080/"))),
                "an application on loopback (development, demo, tests) also accepts loopback tools");
        assertFalse(client.getBoolean("directAccessGrantsEnabled"));
        assertEquals("S256", client.getJsonObject("attributes").getString("pkce.code.challenge.method"));
    }

    @Test
    void everyOtpAuthenticatorSitsInTheSameSubFlowAsThePasswordBehindLevelTwo() {
        for (FlowBlueprint flow : List.of(tenant.browserFlow(), tenant.directGrantFlow())) {
            List<FlowStep.SubFlow> withPassword = new ArrayList<>();
            collectSubFlowsWithPassword(flow.steps(), withPassword);
            assertEquals(1, withPassword.size(), flow.alias());
            FlowStep.SubFlow subFlow = withPassword.get(0);
            assertEquals(FlowStep.Requirement.CONDITIONAL, subFlow.requirement());
            List<String> required = subFlow.steps().stream().map(s -> (FlowStep.Execution) s)
                    .filter(e -> e.requirement() == FlowStep.Requirement.REQUIRED).map(FlowStep.Execution::authenticator).toList();
            assertTrue(required.stream().anyMatch(a -> a.contains("otp")), flow.alias() + ": " + required);
            FlowStep.Execution condition = (FlowStep.Execution) subFlow.steps().get(0);
            assertEquals("conditional-level-of-authentication", condition.authenticator());
            assertEquals("2", condition.config().orElseThrow().values().get("loa-condition-level"));
        }
    }

    @Test
    void aConditionalSubFlowWithoutAConditionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FlowStep.SubFlow("x", FlowStep.Requirement.CONDITIONAL,
                List.of(new FlowStep.Execution("auth-otp-form", FlowStep.Requirement.REQUIRED, java.util.Optional.empty()))));
    }

    @Test
    void completionBindsTheFlowsMarksAndEnables() {
        JsonObject completion = tenant.completion();

        assertEquals("tsunagu browser", completion.getString("browserFlow"));
        assertEquals("tsunagu direct grant", completion.getString("directGrantFlow"));
        assertEquals("tenant/1", completion.getJsonObject("attributes").getString(RealmBlueprint.MARKER_ATTRIBUTE));
        assertTrue(completion.getBoolean("enabled"));
    }

    @Test
    void tenantAndOperatorDifferInRolesAndMarker() {
        RealmBlueprint operator = RealmBlueprint.operator();

        assertEquals(List.of("national-operator"), operator.roles().stream().map(RealmBlueprint.RealmRole::name).toList());
        assertEquals(List.of("prefecture-admin", "municipality-staff", "municipality-lead", "support-worker"),
                tenant.roles().stream().map(RealmBlueprint.RealmRole::name).toList());
        assertFalse(operator.marker().equals(tenant.marker()));
    }

    private static void collectSubFlowsWithPassword(List<FlowStep> steps, List<FlowStep.SubFlow> found) {
        for (FlowStep step : steps) {
            if (step instanceof FlowStep.SubFlow sub) {
                if (sub.steps().stream().anyMatch(s -> s instanceof FlowStep.Execution e && e.authenticator().contains("password"))) {
                    found.add(sub);
                }
                collectSubFlowsWithPassword(sub.steps(), found);
            }
        }
    }

    private static List<String> redirects(JsonObject client) {
        return client.getJsonArray("redirectUris").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
