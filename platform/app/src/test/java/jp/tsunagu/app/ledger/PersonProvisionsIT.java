package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.LedgerFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Provisions of ledger information (災害対策基本法 90条の4) through the API: recorded with recipient, legal basis, purpose,
 * items, who and when; refused when the basis does not hold; 個人番号 only to an entitled lead for a named purpose.
 */
class PersonProvisionsIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("台帳情報の提供");
        ledger = fixture.ledger;
    }

    @Test
    void underConsentOnlyARecipientThePersonConsentedToIsProvided() {
        String staff = fixture.token(LedgerAccounts.get().staff());
        String path = "persons/" + ledger.ichiro() + "/provisions";

        Api.Reply refused = fixture.post(staff, path, provision("NPO法人のと支援", "consent", "見守り訪問", "fullName", "whereabouts"));
        assertProblem(refused, 403, "missing-basis-consent-or-self", "recipient");
        assertTrue(refused.json().getString("detail").contains("not consented"), refused::toString);

        Api.Reply provided = fixture.post(staff, path, provision("社会福祉協議会", "consent", "見守り訪問", "fullName", "whereabouts"));
        assertEquals(201, provided.status(), provided::toString);
        JsonObject recorded = provided.json();
        assertEquals("consent-or-self", recorded.getString("legalBasis"));
        assertEquals("90条の4第1項第1号", recorded.getString("article"));
        assertEquals("髙橋 一郎", recorded.getJsonObject("provided").getString("fullName"));
        assertEquals("輪島市立輪島中学校", recorded.getJsonObject("provided").getString("whereabouts"));

        List<JsonObject> listed = fixture.get(staff, path).array().getValuesAs(JsonObject.class);
        assertEquals(1, listed.size(), "the refused one was not recorded");
        assertEquals("社会福祉協議会", listed.getFirst().getString("recipient"));
        assertEquals("見守り訪問", listed.getFirst().getString("purpose"));
        assertEquals(List.of("fullName", "whereabouts"), strings(listed.getFirst().getJsonArray("items")));
        assertEquals(LedgerAccounts.get().staff().username(), listed.getFirst().getString("providedBy"));
        assertFalse(listed.getFirst().containsKey("provided"), "a listing holds no values");
        assertEquals(200, fixture.get(staff, path + "/" + recorded.getString("id")).status());
    }

    @Test
    void internalUseAndAnotherLocalGovernmentAreRecordedWithTheirArticles() {
        String path = "persons/" + ledger.mori() + "/provisions";

        Api.Reply internal = fixture.post(fixture.adminToken(), path, provision("輪島市福祉課", "internal-use", "仮設住宅の割当", "fullName", "damageGrade"));
        Api.Reply other = fixture.post(fixture.adminToken(), path, provision("珠洲市", "other-local-government", "広域避難者の支援", "fullName"));

        assertEquals("90条の4第1項第2号", internal.json().getString("article"), internal::toString);
        assertEquals("90条の4第1項第3号", other.json().getString("article"), other::toString);
        assertEquals(2, fixture.get(fixture.adminToken(), path).array().size());
    }

    @Test
    void myNumberIsProvidedOnlyToAnEntitledLeadForANamedPurpose() {
        String path = "persons/" + ledger.ichiro() + "/provisions";
        JsonObject withMyNumber = Json.createObjectBuilder(provision("輪島市税務課", "internal-use", "被災者生活再建支援金の支給",
                "fullName", "myNumber")).add("myNumberBasis", "被災者生活再建支援金の支給").build();

        assertProblem(fixture.post(fixture.token(LedgerAccounts.get().staff()), path, withMyNumber), 403, "forbidden", "items");
        assertProblem(fixture.post(fixture.token(LedgerAccounts.get().lead()), path,
                provision("輪島市税務課", "internal-use", "支援金", "myNumber")), 400, "invalid-request", "myNumberBasis");
        Api.Reply provided = fixture.post(fixture.token(LedgerAccounts.get().lead()), path, withMyNumber);

        assertEquals(201, provided.status(), provided::toString);
        assertEquals(LedgerSeed.MY_NUMBER, provided.json().getJsonObject("provided").getString("myNumber"));
    }

    @Test
    void aProvisionNeedsAKnownBasisItemsAndAPurpose() {
        String path = "persons/" + ledger.shota() + "/provisions";

        assertProblem(fixture.post(fixture.adminToken(), path, provision("金沢市", "friendship", "x", "fullName")),
                400, "invalid-request", "legalBasis");
        assertProblem(fixture.post(fixture.adminToken(), path, provision("金沢市", "internal-use", "x")),
                400, "invalid-request", "items");
        assertProblem(fixture.post(fixture.adminToken(), path, provision("金沢市", "internal-use", "x", "shoeSize")),
                400, "invalid-request", "items");
        assertProblem(fixture.post(fixture.adminToken(), path, provision("金沢市", "internal-use", " ", "fullName")),
                400, "invalid-request", "purpose");
        assertTrue(fixture.get(fixture.adminToken(), path).array().isEmpty());
    }

    private static JsonObject provision(String recipient, String basis, String purpose, String... items) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (String item : items) {
            fields.add(item);
        }
        return Json.createObjectBuilder().add("recipient", recipient).add("legalBasis", basis).add("purpose", purpose)
                .add("items", fields).build();
    }
}
