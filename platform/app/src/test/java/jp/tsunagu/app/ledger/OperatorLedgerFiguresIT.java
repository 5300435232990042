package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * National operators see how many persons and records a tenant's ledgers hold, and its imports, as numbers that agree
 * with the database; never a name from them.
 */
class OperatorLedgerFiguresIT extends PlatformIT {

    static final String RECORDS = "SELECT count(*) FROM tenant_17.ledger_source_record";
    static final String PERSONS = "SELECT count(*) FROM tenant_17.ledger_person WHERE absorbed_by_merge_id IS NULL";

    @Test
    void theOperatorPlaneCountsTheLedgerWithoutShowingIt() throws SQLException {
        String disaster = LedgerFixture.switchOn("運用者の集計 " + System.nanoTime());
        ImportApi imports = new ImportApi(platform.api);
        String csv = "氏名,ふりがな,生年月日\n集計 太郎,しゅうけい たろう,1980/1/1\n集計 花子,しゅうけい はなこ,1982/2/2\n";
        Api.Reply accepted = imports.upload(platform.adminToken(PrefectureCode.of(17)), disaster,
                csv.getBytes(StandardCharsets.UTF_8), ImportApi.query("kind", "CALL_CENTRE", "fileName", "集計.csv"));
        assertEquals(202, accepted.status(), accepted::toString);
        JsonObject done = imports.awaitEnd(platform.adminToken(PrefectureCode.of(17)), ImportApi.path(accepted));
        assertEquals("COMPLETED", done.getString("phase"), done::toString);

        // Other tests' imports may still be linking in the background: the figures lie between two counts.
        long recordsBefore = count(RECORDS);
        Api.Reply reply = platform.api.get("api/v1/operator/tenants", platform.operatorToken());
        long recordsAfter = count(RECORDS);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject ishikawa = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("prefectureCode").equals("17")).findFirst().orElseThrow();
        long records = ishikawa.getJsonNumber("records").longValue();
        assertTrue(recordsBefore <= records && records <= recordsAfter, records + " records, counted "
                + recordsBefore + " and " + recordsAfter);
        long persons = ishikawa.getJsonNumber("persons").longValue();
        assertTrue(persons >= 2 && persons <= count(PERSONS) + recordsAfter - recordsBefore, persons + " persons");
        assertFalse(reply.body().contains("集計"), "no name from the ledger in the operator plane");
    }

    private long count(String sql) throws SQLException {
        try (Connection db = platform.database(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
