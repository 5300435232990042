package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;

/**
 * Purging a disaster instance deletes its whereabouts entries and support cases with the rest of its ledger, and keeps
 * their counts among the instance's statistics.
 */
class WhereaboutsPurgeIT extends PlatformIT {

    @Test
    void purgingDeletesWhereaboutsAndCasesAndKeepsTheirCounts() throws Exception {
        LedgerFixture fixture = LedgerFixture.create("居所の消去");
        SeededLedger ledger = fixture.ledger;
        String admin = fixture.adminToken();
        assertEquals(201, fixture.post(admin, "persons/" + ledger.ichiro() + "/whereabouts",
                "{\"kind\":\"hotel\",\"place\":\"金沢市のホテル\"}").status());
        assertEquals(200, fixture.post(admin, "persons/" + ledger.ichiro() + "/case/claim", "").status());
        assertEquals(201, fixture.post(admin, "persons/" + ledger.ichiro() + "/case/entries",
                "{\"kind\":\"need\",\"category\":\"housing\",\"urgency\":\"medium\",\"note\":\"住まいの相談\"}").status());

        for (String action : new String[] {"close", "archive", "purge"}) {
            Api.Reply step = platform.api.post("api/v1/disasters/" + ledger.disasterId() + "/lifecycle", admin,
                    "{\"action\":\"" + action + "\",\"reason\":\"試験\"}");
            assertEquals(200, step.status(), step::toString);
            if (action.equals("purge")) {
                JsonObject statistics = step.json().getJsonObject("statistics");
                assertEquals(1, statistics.getJsonNumber("ledger.whereabouts.entries").longValue(), statistics::toString);
                assertEquals(1, statistics.getJsonNumber("ledger.whereabouts.STAFF_ENTRY").longValue());
                assertEquals(1, statistics.getJsonNumber("ledger.whereabouts.awayFromHome").longValue(), "一郎 in 金沢市");
                assertEquals(1, statistics.getJsonNumber("support.cases").longValue());
                assertEquals(1, statistics.getJsonNumber("support.entries.NEED").longValue());
                assertEquals(1, statistics.getJsonNumber("support.needs.HOUSING").longValue());
            }
        }
        try (Connection db = platform.database()) {
            for (String table : new String[] {"ledger_whereabouts", "support_case", "support_case_entry",
                    "support_case_handover", "ledger_person"}) {
                assertEquals(0, count(db, table, ledger.disasterId()), table);
            }
        }
    }

    private static long count(Connection db, String table, String disasterId) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM tenant_17." + table
                + " WHERE disaster_id = ?::uuid")) {
            query.setString(1, disasterId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
