package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.LedgerFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Merges made by hand through the API and their undoing: undoing restores exactly what both persons' entries were
 * (the same items, records and current links, compared as JSON); a merge that a later merge builds on is undone only
 * after it, and the refusal says which.
 */
class MergeUndoIT extends PlatformIT {

    @Test
    void undoingAMergeRestoresBothPersonsExactly() {
        LedgerFixture fixture = LedgerFixture.withAccounts("統合取消");
        SeededLedger ledger = fixture.ledger;
        // Both are residents of 輪島市, whose staff member decides (森 of 珠洲市 is not theirs to merge).
        JsonObject moriBefore = entry(fixture.person(ledger.kenta()));
        JsonObject yoshidaBefore = entry(fixture.person(ledger.yoshida()));
        String staff = fixture.token(LedgerAccounts.get().staff());

        Api.Reply merged = fixture.post(staff, "merges", merge(ledger.kenta(), ledger.yoshida(), "同じ避難所で同一人物と判断"));

        assertEquals(201, merged.status(), merged::toString);
        String mergeId = merged.json().getString("id");
        assertEquals(List.of(ledger.record("hinanjo-meibo.csv/4").recordId()), strings(merged.json().getJsonArray("records")));
        assertEquals(2, fixture.person(ledger.kenta()).getJsonArray("records").size(), "健太 now holds 𠮷田's record too");
        assertFalse(fixture.person(ledger.yoshida()).getBoolean("active"));
        assertNotEquals(moriBefore, entry(fixture.person(ledger.kenta())));

        Api.Reply undone = fixture.post(staff, "merges/" + mergeId + "/undo", "{\"reason\":\"生年月日が異なり別人\"}");

        assertEquals(200, undone.status(), undone::toString);
        assertEquals(moriBefore, entry(fixture.person(ledger.kenta())), "中谷 健太 is exactly as before");
        assertEquals(yoshidaBefore, entry(fixture.person(ledger.yoshida())), "𠮷田 大輔 is exactly as before");
        JsonObject read = fixture.get(staff, "merges/" + mergeId).json();
        assertEquals("同じ避難所で同一人物と判断", read.getString("reason"));
        assertEquals("生年月日が異なり別人", read.getString("undoReason"));
        assertEquals(LedgerAccounts.get().staff().username(), read.getString("undoneBy"));
        assertTrue(read.containsKey("undoneAt"));
        List<JsonObject> history = fixture.person(ledger.yoshida()).getJsonObject("history").getJsonArray("links")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("ACTIVE", "UNDONE"), history.stream().map(l -> l.getString("state")).toList(),
                "the merge's own link stays as history");
        assertProblem(fixture.post(staff, "merges/" + mergeId + "/undo", "{\"reason\":\"再度\"}"), 409, "conflict", null);
    }

    @Test
    void aMergeALaterMergeBuildsOnIsUndoneOnlyAfterIt() {
        LedgerFixture fixture = LedgerFixture.create("統合の連鎖");
        SeededLedger ledger = fixture.ledger;
        JsonObject ichiroBefore = entry(fixture.person(ledger.ichiro()));
        JsonObject moriBefore = entry(fixture.person(ledger.mori()));
        JsonObject yoshidaBefore = entry(fixture.person(ledger.yoshida()));
        String first = fixture.post(fixture.adminToken(), "merges", merge(ledger.mori(), ledger.yoshida(), "一回目"))
                .json().getString("id");
        String later = fixture.post(fixture.adminToken(), "merges", merge(ledger.ichiro(), ledger.mori(), "二回目"))
                .json().getString("id");
        assertEquals(4, fixture.person(ledger.ichiro()).getJsonArray("records").size());

        Api.Reply refused = fixture.post(fixture.adminToken(), "merges/" + first + "/undo", "{\"reason\":\"誤り\"}");

        assertProblem(refused, 409, "conflict", null);
        assertTrue(refused.json().getString("detail").contains("undo merge " + later + " first"), refused::toString);
        assertEquals(later, refused.json().getString("undoMergesFirst"), "what to undo first, for a client to act on");
        assertEquals(200, fixture.post(fixture.adminToken(), "merges/" + later + "/undo", "{\"reason\":\"誤り\"}").status());
        assertEquals(200, fixture.post(fixture.adminToken(), "merges/" + first + "/undo", "{\"reason\":\"誤り\"}").status());
        assertEquals(ichiroBefore, entry(fixture.person(ledger.ichiro())));
        assertEquals(moriBefore, entry(fixture.person(ledger.mori())));
        assertEquals(yoshidaBefore, entry(fixture.person(ledger.yoshida())));
    }

    @Test
    void mergesThatCannotBeAreRefusedAndChangeNothing() {
        LedgerFixture fixture = LedgerFixture.create("統合不可");
        SeededLedger ledger = fixture.ledger;
        String admin = fixture.adminToken();

        assertProblem(fixture.post(admin, "merges", merge(ledger.mori(), ledger.mori(), "同一")), 409, "conflict", null);
        assertProblem(fixture.post(admin, "merges", merge(ledger.mori(), UUID.randomUUID().toString(), "x")),
                404, "not-found", null);
        assertProblem(fixture.post(admin, "merges", merge(ledger.mori(), ledger.yoshida(), "")), 400, "invalid-request", "reason");
        assertProblem(fixture.post(admin, "merges", "{\"survivor\":\"森\",\"absorbed\":\"" + ledger.yoshida()
                + "\",\"reason\":\"x\"}"), 400, "invalid-request", "survivor");
        assertProblem(fixture.post(admin, "merges/" + UUID.randomUUID() + "/undo", "{\"reason\":\"x\"}"), 404, "not-found", null);
        assertTrue(fixture.person(ledger.yoshida()).getBoolean("active"));

        fixture.post(admin, "merges", merge(ledger.mori(), ledger.yoshida(), "同一人物"));
        assertProblem(fixture.post(admin, "merges", merge(ledger.yoshida(), ledger.ichiro(), "x")), 409, "conflict", null);
        assertProblem(fixture.post(admin, "persons/" + ledger.yoshida() + "/corrections",
                "{\"items\":{\"whereabouts\":\"金沢市\"},\"reason\":\"x\"}"), 409, "conflict", null);
        assertEquals(2, fixture.person(ledger.ichiro()).getJsonArray("records").size());
    }

    /** What a merge changes and its undoing restores: the detail without its history (which only grows). */
    private static JsonObject entry(JsonObject detail) {
        return Json.createObjectBuilder(detail).remove("history").build();
    }

    private static JsonObject merge(String survivor, String absorbed, String reason) {
        return Json.createObjectBuilder().add("survivor", survivor).add("absorbed", absorbed).add("reason", reason).build();
    }
}
