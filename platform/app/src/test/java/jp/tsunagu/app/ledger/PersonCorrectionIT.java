package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.LedgerFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * A staff correction (職員修正) through the API: stored as a record of its own with its reason and author, it wins over
 * every source in the person's entry and the item is traced to it. Its values follow the import rules.
 */
class PersonCorrectionIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("職員修正");
        ledger = fixture.ledger;
    }

    @Test
    void aCorrectionWinsAndTheItemIsTracedToIt() {
        String staffToken = fixture.token(LedgerAccounts.get().staff());
        JsonObject body = Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("whereabouts", "金沢市内の長男宅").add("careNeeded", true))
                .add("reason", "本人から電話で申告").build();

        Api.Reply created = fixture.post(staffToken, "persons/" + ledger.yoshida() + "/corrections", body);

        assertEquals(201, created.status(), created::toString);
        String correction = created.json().getString("id");
        assertEquals(List.of("whereabouts", "careNeeded"), strings(created.json().getJsonArray("items")));
        assertEquals(LedgerAccounts.get().staff().username(), created.json().getString("by"));
        JsonObject person = fixture.person(ledger.yoshida());
        JsonObject whereabouts = person.getJsonObject("items").getJsonObject("whereabouts");
        assertEquals("金沢市内の長男宅", whereabouts.getString("value"), "the correction beats the roster's 門前中学校");
        assertEquals(List.of(correction), strings(whereabouts.getJsonArray("sources")));
        assertEquals("STAFF_CORRECTION", whereabouts.getString("rule"));
        assertEquals(List.of(correction), strings(person.getJsonObject("items").getJsonObject("careNeeded")
                .getJsonArray("sources")));
        JsonObject record = person.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(correction)).findFirst().orElseThrow();
        assertEquals("STAFF_CORRECTION", record.getString("kind"));
        assertEquals("本人から電話で申告", record.getJsonObject("asReceived").getString("reason"));
        assertEquals(LedgerAccounts.get().staff().username(), record.getString("receivedBy"));
        assertEquals("CONFIRMED", record.getString("decision"));
        assertEquals("輪島市立輪島中学校", fixture.person(ledger.ichiro()).getJsonObject("items")
                .getJsonObject("whereabouts").getString("value"), "nobody else changed");
    }

    @Test
    void correctedValuesFollowTheImportRules() {
        JsonObject body = Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("birthDate", "S45.3.1").add("damageGrade", "大規模半壊"))
                .add("reason", "罹災証明の調査結果").build();

        assertEquals(201, fixture.post(fixture.adminToken(), "persons/" + ledger.yoshida() + "/corrections", body).status());

        JsonObject items = fixture.person(ledger.yoshida()).getJsonObject("items");
        assertEquals("1970-03-01", items.getJsonObject("birthDate").getString("value"));
        assertEquals("LARGE_SCALE_HALF_COLLAPSE", items.getJsonObject("damageGrade").getString("value"));
    }

    @Test
    void aCorrectionTheImportWouldRefuseOrWithoutAReasonIsRefusedAndStoresNothing() {
        String path = "persons/" + ledger.shota() + "/corrections";
        int records = fixture.person(ledger.shota()).getJsonArray("records").size();

        assertProblem(fixture.post(fixture.adminToken(), path, "{\"items\":{\"birthDate\":\"平成元年1月7日\"},\"reason\":\"x\"}"),
                400, "invalid-request", "items.birthDate");
        assertProblem(fixture.post(fixture.adminToken(), path, "{\"items\":{\"whereabouts\":\"金沢市\"}}"),
                400, "invalid-request", "reason");
        assertProblem(fixture.post(fixture.adminToken(), path, "{\"items\":{\"myNumber\":\"123456789018\"},\"reason\":\"x\"}"),
                400, "invalid-request", "items.myNumber");
        assertProblem(fixture.post(fixture.adminToken(), path, "{\"items\":{\"shoeSize\":\"26\"},\"reason\":\"x\"}"),
                400, "invalid-request", "items.shoeSize");
        assertProblem(fixture.post(fixture.adminToken(), path, "{\"items\":{},\"reason\":\"x\"}"),
                400, "invalid-request", "items");
        Api.Reply refused = fixture.post(fixture.adminToken(), path, "{\"items\":{\"phone\":\"not a phone\"},\"reason\":\"x\"}");
        assertProblem(refused, 400, "invalid-request", "items.phone");
        assertTrue(!refused.body().contains("not a phone"), "the value is not repeated");
        assertEquals(records, fixture.person(ledger.shota()).getJsonArray("records").size());
    }

    @Test
    void aSupportWorkerMayNotCorrect() {
        assertProblem(fixture.post(fixture.token(LedgerAccounts.get().worker()), "persons/" + ledger.mori() + "/corrections",
                "{\"items\":{\"whereabouts\":\"金沢市\"},\"reason\":\"x\"}"), 403, "forbidden", null);
    }
}
