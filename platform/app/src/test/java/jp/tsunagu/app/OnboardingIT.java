package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A national operator onboards prefectures: realm + schema + migrations + first admin, idempotently. */
class OnboardingIT extends PlatformIT {

    static final PrefectureCode FUKUI = PrefectureCode.of(18);
    static final PrefectureCode YAMANASHI = PrefectureCode.of(19);

    @Test
    void onboardingCreatesTheRealmTheSchemaWithItsTablesAndTheFirstAdmin() throws Exception {
        Api.Reply reply = platform.onboard(FUKUI, "admin18.first");
        assertEquals(201, reply.status(), reply::toString);
        JsonObject body = reply.json();
        assertFalse(body.getBoolean("alreadyOnboarded"));
        assertEquals("admin18.first", body.getJsonObject("admin").getString("username"));
        assertTrue(body.getJsonObject("admin").getString("temporaryPassword").length() >= 12);

        assertTrue(platform.keycloak().realmExists("pref-18"));
        assertTrue(tablesOf("tenant_18").containsAll(Set.of("disaster_instance", "account_grant",
                "disaster_lifecycle_step", "support_organisation")));
        assertEquals("ONBOARDED", tenantRow("18").getString("status"));
    }

    @Test
    void onboardingTwiceIsANoOpThatSaysSo() {
        platform.admin(PrefectureCode.of(17));
        Api.Reply again = platform.onboard(PrefectureCode.of(17), "someone.else");
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("alreadyOnboarded"));
        assertFalse(platform.keycloak().userExists("pref-17", "someone.else"));
    }

    @Test
    void aHalfDoneOnboardingIsFinishedByTheNextRun() throws Exception {
        // A previous run created the realm and then stopped: the schema step and the admin are missing.
        platform.keycloak().createTenantRealmDirectly("pref-19", "山梨県");
        try (Connection db = platform.database()) {
            db.createStatement().executeUpdate("update registry.tenant set status = 'ONBOARDING' where prefecture_code = '19'");
        }
        Api.Reply reply = platform.onboard(YAMANASHI, "admin19.first");
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(tablesOf("tenant_19").contains("disaster_instance"));
        assertTrue(platform.keycloak().userExists("pref-19", "admin19.first"));
        assertEquals("ONBOARDED", tenantRow("19").getString("status"));
    }

    @Test
    void anUnknownPrefectureIsRefusedAndNamed() {
        Api.Reply reply = platform.api.post("api/v1/operator/tenants/48/onboarding", platform.operatorToken(),
                "{\"username\":\"x.admin\",\"email\":\"x@example.jp\",\"familyName\":\"x\",\"givenName\":\"y\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertEquals("prefectureCode", reply.json().getString("field"));
    }

    @Test
    void aMissingAdminFieldIsRefusedAndNothingIsCreated() throws Exception {
        Api.Reply reply = platform.api.post("api/v1/operator/tenants/20/onboarding", platform.operatorToken(),
                "{\"username\":\"admin20\",\"familyName\":\"x\",\"givenName\":\"y\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("email", reply.json().getString("field"));
        assertEquals("DORMANT", tenantRow("20").getString("status"));
        assertFalse(platform.keycloak().realmExists("pref-20"));
    }

    @Test
    void operatorsSeeEveryTenantWithFiguresOnly() {
        platform.noto();
        // Traffic of 石川県 in the last minutes: one answered, one refused.
        String admin = platform.adminToken(PrefectureCode.of(17));
        assertEquals(200, platform.api.get("api/v1/disasters", admin).status());
        assertEquals(404, platform.api.get("api/v1/disasters/" + UUID.randomUUID(), admin).status());
        // The prefecture verifies its access log: operators see when, and whether it was intact, never its entries.
        assertEquals(200, platform.api.post("api/v1/audit/verification", admin, "{}").status());
        Api.Reply reply = platform.api.get("api/v1/operator/tenants", platform.operatorToken());
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(47, reply.array().size());
        JsonObject ishikawa = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("prefectureCode").equals("17")).findFirst().orElseThrow();
        assertEquals("石川県", ishikawa.getString("prefectureName"));
        assertEquals("ONBOARDED", ishikawa.getString("status"));
        assertTrue(ishikawa.getInt("activeDisasterInstances") >= 1);
        assertTrue(ishikawa.getInt("accounts") >= 1);
        assertTrue(ishikawa.getBoolean("accessLogIntact"), ishikawa::toString);
        Set<String> keys = new HashSet<>();
        reply.array().getValuesAs(JsonObject.class).forEach(t -> keys.addAll(t.keySet()));
        assertEquals(Set.of("prefectureCode", "prefectureName", "status", "onboardedAt", "activeDisasterInstances",
                "accounts", "activeGrants", "persons", "records", "importsRunning", "importsFailed", "storageBytes",
                "traffic", "lastActivityAt", "accessLogEntries", "accessLogRefused", "accessLogVerifiedAt",
                "accessLogIntact"), keys, "figures only: no names, no e-mail addresses");
        assertTrue(ishikawa.getJsonNumber("storageBytes").longValue() > 0, "an onboarded schema takes some disk");
        JsonObject traffic = ishikawa.getJsonObject("traffic");
        assertEquals(Set.of("requestsPerMinute", "clientErrorRate", "serverErrorRate", "latencyP50AtMostMs",
                "latencyP99AtMostMs"), traffic.keySet(), traffic::toString);
        assertTrue(traffic.getJsonNumber("requestsPerMinute").doubleValue() > 0, "石川県's admin used the API: " + traffic);
        assertTrue(traffic.getJsonNumber("clientErrorRate").doubleValue() > 0, "one request was refused: " + traffic);
        assertTrue(traffic.getJsonNumber("latencyP99AtMostMs").longValue() >= traffic.getJsonNumber("latencyP50AtMostMs").longValue());
        reply.array().forEach(t -> assertFalse(t.toString().contains("@"), "no e-mail address anywhere"));
    }

    @Test
    void onlyNationalOperatorsMayOnboardOrList() {
        String admin = platform.adminToken(PrefectureCode.of(17));
        assertEquals(403, platform.api.get("api/v1/operator/tenants", admin).status());
        assertEquals(403, platform.onboardAs(admin, PrefectureCode.of(21)).status());
        assertEquals(401, platform.api.get("api/v1/operator/tenants", null).status());
    }

    private Set<String> tablesOf(String schema) throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection db = platform.database();
             ResultSet rows = db.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private JsonObject tenantRow(String code) {
        return platform.api.get("api/v1/operator/tenants", platform.operatorToken()).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("prefectureCode").equals(code)).findFirst().orElseThrow();
    }

    static boolean isNull(JsonValue value) {
        return value == null || value == JsonValue.NULL;
    }
}
