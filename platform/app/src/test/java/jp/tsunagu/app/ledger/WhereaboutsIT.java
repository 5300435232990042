package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Whereabouts and sharing inside a prefecture, through the API with real OTP logins: 輪島市 (the home) sees its
 * residents wherever they are and records where 一郎 went; 金沢市 (a host) sees nobody until he is recorded in its area,
 * then sees him, adds its own entry (attributed to the host, seen by the home), and still gets 404 for anyone else;
 * the lists count by current municipality and movement; bad entries are problems naming the field.
 */
class WhereaboutsIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;
    static String home;
    static String host;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("居所と共有");
        ledger = fixture.ledger;
        home = fixture.token(LedgerAccounts.get().staff());
        host = fixture.token(LedgerAccounts.get().host());
    }

    @Test
    void aHostSeesOnlyThePersonsInItsAreaAndWhatItAddsIsSeenByTheHome() {
        String ichiro = "persons/" + ledger.ichiro();
        assertEquals(Set.of(), found(host, ""), "nobody is in 金沢市 yet");
        assertProblem(fixture.get(host, ichiro), 404, "not-found", null);
        assertProblem(fixture.get(host, ichiro + "/whereabouts"), 404, "not-found", null);
        assertProblem(fixture.post(host, ichiro + "/whereabouts", "{\"kind\":\"own-home\"}"), 404, "not-found", null);

        Api.Reply moved = fixture.post(home, ichiro + "/whereabouts", "{\"kind\":\"hotel\",\"place\":\"金沢市のホテル\","
                + "\"observedAt\":\"2024-01-20T10:00:00+09:00\"}");

        assertEquals(201, moved.status(), moved::toString);
        assertEquals("STAFF_ENTRY", moved.json().getString("source"));
        assertEquals("172014", moved.json().getString("municipality"));
        assertEquals("AFFECTED_MUNICIPALITY", moved.json().getString("actingForKind"));
        assertEquals(LedgerAccounts.WAJIMA, moved.json().getString("actingFor"));
        assertEquals(Set.of(ledger.ichiro()), found(host, ""));
        assertEquals(200, fixture.get(host, ichiro).status());

        Api.Reply hostEntry = fixture.post(host, ichiro + "/whereabouts", "{\"kind\":\"relatives-home\","
                + "\"place\":\"長男宅\",\"municipalityCode\":\"172014\"}");

        assertEquals(201, hostEntry.status(), hostEntry::toString);
        assertEquals("HOST_UPDATE", hostEntry.json().getString("source"));
        assertEquals(LedgerAccounts.KANAZAWA, hostEntry.json().getString("actingFor"));
        JsonObject seenAtHome = fixture.get(home, ichiro + "/whereabouts").json();
        assertEquals(hostEntry.json().getString("recordId"), seenAtHome.getJsonObject("current").getString("recordId"));
        assertEquals(LedgerAccounts.get().host().username(), seenAtHome.getJsonObject("current").getString("recordedBy"));
        assertEquals(List.of("IMPORTED_RECORD", "STAFF_ENTRY", "HOST_UPDATE"), seenAtHome.getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("source")).toList());
        assertEquals(seenAtHome, fixture.get(host, ichiro + "/whereabouts").json(), "both see the same history");
        assertEquals("長男宅", fixture.person(ledger.ichiro()).getJsonObject("items").getJsonObject("whereabouts")
                .getString("value"), "the entry is the person's 居所 in the ledger");

        assertProblem(fixture.post(host, ichiro + "/corrections", "{\"items\":{\"phone\":\"0761234567\"},\"reason\":\"x\"}"),
                403, "forbidden", null);
        assertProblem(fixture.get(host, "persons/" + ledger.mori()), 404, "not-found", null);
        assertProblem(fixture.get(host, "persons/" + ledger.shota() + "/provisions"), 404, "not-found", null);
        assertEquals(0, fixture.get(host, "reviews").json().getInt("total"));
        assertEquals(Set.of(ledger.ichiro()), found(fixture.adminToken(), "currentMunicipality=172014"));

        List<JsonObject> hostCounts = fixture.get(host, "whereabouts/by-municipality").array().getValuesAs(JsonObject.class);
        assertEquals(1, hostCounts.size(), hostCounts::toString);
        assertEquals("金沢市", hostCounts.getFirst().getString("municipalityName"));
        List<JsonObject> movements = fixture.get(home, "whereabouts/movements").array().getValuesAs(JsonObject.class);
        assertEquals(1, movements.stream().filter(m -> LedgerAccounts.WAJIMA.equals(m.getString("from", null))
                && "172014".equals(m.getString("to", null))).mapToLong(m -> m.getJsonNumber("persons").longValue()).sum());
    }

    @Test
    void theHomeSeesItsResidentsOnlyAndListsThoseNobodyHasLocated() {
        assertEquals(Set.of(ledger.ichiro(), ledger.hanako(), ledger.shota(), ledger.kenta(), ledger.yoshida()),
                found(home, ""), "輪島市's residents, not 森 (珠洲市) nor the visited 花子 (七尾市)");
        assertProblem(fixture.get(home, "persons/" + ledger.mori()), 404, "not-found", null);
        assertEquals(Set.of(ledger.hanako(), ledger.shota()), ids(fixture.get(home, "whereabouts/unlocated?staleDays=3650")),
                "no record says where they are");
        assertProblem(fixture.get(home, "whereabouts/unlocated?staleDays=-1"), 400, "invalid-request", "staleDays");
    }

    @Test
    void aBadEntryIsAProblemNamingTheField() {
        String path = "persons/" + ledger.shota() + "/whereabouts";
        assertProblem(fixture.post(home, path, "{\"kind\":\"castle\"}"), 400, "invalid-request", "kind");
        assertProblem(fixture.post(home, path, "{\"kind\":\"other-municipality\"}"), 400, "invalid-request",
                "municipalityCode");
        assertProblem(fixture.post(home, path, "{\"kind\":\"hotel\",\"municipalityCode\":\"172015\"}"), 400,
                "invalid-request", "municipalityCode");
        assertProblem(fixture.post(home, path, "{\"kind\":\"hotel\",\"observedAt\":\"yesterday\"}"), 400,
                "invalid-request", "observedAt");
        assertProblem(fixture.post(home, path, "{\"kind\":\"hotel\",\"observedAt\":\"2099-01-01T00:00:00Z\"}"), 400,
                "invalid-request", "observedAt");
        assertProblem(fixture.post(fixture.token(LedgerAccounts.get().worker()), path, "{\"kind\":\"hotel\"}"), 403,
                "forbidden", null);
    }

    private static Set<String> found(String token, String query) {
        return ids(fixture.get(token, "persons?size=200&" + query));
    }

    private static Set<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("persons").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("personId")).collect(Collectors.toSet());
    }
}
