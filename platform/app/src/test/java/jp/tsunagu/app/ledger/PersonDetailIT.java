package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.LedgerFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * A person's ledger entry through the API: each item with its value, the records it came from and the rule; the
 * household items; the source records with their provenance and the row as received; the history of links. 個人番号 is
 * never in it.
 */
class PersonDetailIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("台帳閲覧");
        ledger = fixture.ledger;
    }

    @Test
    void eachItemIsTracedToTheRecordsItCameFromAndTheRule() {
        String register = ledger.record("juki-extract.csv/1").recordId();
        String roster = ledger.record("hinanjo-meibo.csv/1").recordId();

        Api.Reply reply = fixture.get(fixture.token(LedgerAccounts.get().staff()), "persons/" + ledger.ichiro());

        assertEquals(200, reply.status(), reply::toString);
        JsonObject person = reply.json();
        assertTrue(person.getBoolean("active"));
        JsonObject items = person.getJsonObject("items");
        assertItem(items, "fullName", "髙橋 一郎", List.of(register), "RESIDENT_REGISTER");
        assertItem(items, "birthDate", "1955-04-12", List.of(register), "RESIDENT_REGISTER");
        assertItem(items, "whereabouts", "輪島市立輪島中学校", List.of(roster), "LATEST_OBSERVATION");
        assertItem(items, "damageGrade", "TOTAL_COLLAPSE", List.of(roster), "LATEST_OBSERVATION");
        assertEquals(List.of("食料支援", "毛布"), strings(items.getJsonObject("supportProvided").getJsonArray("value")));
        assertEquals("ACCUMULATED", items.getJsonObject("supportProvided").getString("rule"));
        assertEquals(false, items.getJsonObject("careNeeded").getBoolean("value"));
        assertEquals("氏名", items.getJsonObject("fullName").getString("label"));
        JsonObject household = person.getJsonObject("household");
        assertItem(household, "householdKey", "H0001", List.of(register), "RESIDENT_REGISTER");
        assertItem(household, "householdRelationship", "世帯主", List.of(register), "RESIDENT_REGISTER");
        assertEquals(2, household.getJsonObject("householdSize").getInt("value"));
    }

    @Test
    void myNumberIsKnownToBeThereButNeverShown() {
        Api.Reply reply = fixture.get(fixture.adminToken(), "persons/" + ledger.ichiro());

        JsonObject myNumber = reply.json().getJsonObject("items").getJsonObject("myNumber");
        assertTrue(myNumber.getBoolean("withheld"));
        assertFalse(myNumber.containsKey("value"));
        assertEquals(List.of(ledger.record("juki-extract.csv/1").recordId()), strings(myNumber.getJsonArray("sources")));
        assertFalse(reply.body().contains(LedgerSeed.MY_NUMBER), "not in the items, the records or anywhere else");
    }

    @Test
    void theRecordsShowTheirProvenanceAndTheRowAsReceived() {
        JsonObject person = fixture.person(ledger.ichiro());

        List<JsonObject> records = person.getJsonArray("records").getValuesAs(JsonObject.class);
        assertEquals(List.of(ledger.record("juki-extract.csv/1").recordId(), ledger.record("hinanjo-meibo.csv/1").recordId()),
                records.stream().map(r -> r.getString("id")).toList(), "oldest observation first");
        JsonObject register = records.get(0);
        assertEquals("RESIDENT_REGISTER", register.getString("kind"));
        assertEquals("住民基本台帳", register.getString("kindName"));
        assertEquals("juki-extract.csv", register.getString("fileName"));
        assertEquals(1, register.getInt("row"));
        assertEquals(LedgerSeed.IMPORTER.username(), register.getString("receivedBy"));
        assertEquals("2024-01-04T15:00:00Z", register.getString("observedAt"), "2024/01/05 in Japan time");
        assertTrue(register.containsKey("receivedAt"));
        assertEquals("髙橋 一郎", register.getJsonObject("asReceived").getString("氏名"));
        assertEquals("[個人番号は暗号化して保存]", register.getJsonObject("asReceived").getString("個人番号"));
        assertEquals("[個人番号は暗号化して保存]", register.getJsonObject("stated").getString("myNumber"));
        JsonObject roster = records.get(1);
        assertEquals("高橋　一郎", roster.getJsonObject("asReceived").getString("氏名"), "as written, with its full-width space");
        assertEquals("LINKED", roster.getString("decision"));
        assertEquals(ledger.record("hinanjo-meibo.csv/1").linkId(), roster.getString("linkId"));
    }

    @Test
    void theLinkHistoryShowsLinkagesDecisionScoreAndEvidence() {
        JsonObject person = fixture.person(ledger.ichiro());

        List<JsonObject> links = person.getJsonObject("history").getJsonArray("links").getValuesAs(JsonObject.class);
        assertEquals(List.of("NEW", "LINKED"), links.stream().map(l -> l.getString("decision")).toList());
        JsonObject linked = links.get(1);
        assertEquals("ACTIVE", linked.getString("state"));
        assertEquals(LedgerSeed.IMPORTER.username(), linked.getString("decidedBy"));
        assertTrue(linked.getJsonNumber("score").doubleValue() >= 20, "above the upper threshold: " + linked);
        JsonObject evidence = linked.getJsonObject("evidence");
        assertEquals("VARIANT", evidence.getJsonObject("agreement").getString("fullName"), "髙 and 高");
        assertEquals("EXACT", evidence.getJsonObject("agreement").getString("birthDate"), "昭和30年4月12日 is 1955-04-12");
        assertTrue(evidence.getJsonArray("guards").isEmpty());
        assertTrue(person.getJsonObject("history").getJsonArray("merges").isEmpty());
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertProblem(fixture.get(fixture.adminToken(), "persons/" + UUID.randomUUID()), 404, "not-found", null);
    }

    @Test
    void aSupportWorkerMayNotReadPersons() {
        assertProblem(fixture.get(fixture.token(LedgerAccounts.get().worker()), "persons/" + ledger.ichiro()),
                403, "forbidden", null);
    }

    private static void assertItem(JsonObject items, String field, String value, List<String> sources, String rule) {
        JsonObject item = items.getJsonObject(field);
        assertEquals(value, item.getString("value"), field);
        assertEquals(sources, strings(item.getJsonArray("sources")), field);
        assertEquals(rule, item.getString("rule"), field);
    }
}
