package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * The linkage counts of an import, read again and again on one connection as a client follows the import, stay a
 * matter of milliseconds after the tables grew by tens of thousands of rows since the first read: the application's
 * connections plan each execution for the tables as they are (CustomPlans). With a generic plan cached while the
 * tables were nearly empty, this read scanned the whole link table for every record of the batch and ran past the
 * statement timeout below (a minute and more on CI; here, without the option, this test fails that way).
 */
class BatchLinkageOnPostgresTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final int LINKED = 10_000;
    static final int IMPORTING = 5_000;

    @TempDir
    Path directory;

    @Test
    void aStatusReadStaysQuickAfterTheTablesGrewUnderItsConnection() throws SQLException {
        TestDatabase database = TestDatabase.fresh();
        UUID disaster = database.disaster("能登 計画", "ACTIVE");
        UUID small = StandardImport.importAndLink(database, disaster, directory, CLOCK,
                "P-1,2024/1/2,渡辺 ひなた,わたなべ ひなた,令和2年5月5日,女,石川県輪島市鳳至町2-5,輪島中学校,半壊,,",
                "P-2,2024/1/3,齋藤 花子,さいとう はなこ,1960/1/1,女,石川県輪島市河井町1-1,,半壊,いいえ,");
        try (Connection db = database.dataSource().getConnection()) {
            db.setAutoCommit(false);
            bind(db);
            // Read while the tables are nearly empty, often enough for the driver and the server to cache a plan.
            for (int i = 0; i < 12; i++) {
                assertEquals(new BatchLinkage(0, 2, 0, 0), BatchLinkage.of(db, small));
            }
            db.commit();

            UUID linked = grow(database, small, LINKED, true);
            UUID importing = grow(database, small, IMPORTING, false);

            bind(db);
            try (Statement limit = db.createStatement()) {
                limit.execute("SET LOCAL statement_timeout = '5s'");
            }
            assertEquals(new BatchLinkage(0, 0, 0, IMPORTING), BatchLinkage.of(db, importing));
            assertEquals(new BatchLinkage(0, LINKED, 0, 0), BatchLinkage.of(db, linked));
            db.commit();
        }
    }

    private static void bind(Connection db) throws SQLException {
        try (Statement bind = db.createStatement()) {
            bind.execute("SET LOCAL search_path = " + TenantSchema.of(TestDatabase.ISHIKAWA).searchPath());
        }
    }

    /**
     * A batch of {@code rows} records copied from the first record of {@code template} (new ids and fingerprints), each
     * linked as a new person like that record's link when {@code link}; without links, an import still importing.
     */
    private static UUID grow(TestDatabase database, UUID template, int rows, boolean link) {
        UUID batch = UUID.randomUUID();
        // Each copy is made in FROM: a (record).* in the select list would call the function once per column.
        database.execute("INSERT INTO tenant_17.ledger_import_batch SELECT c.* FROM tenant_17.ledger_import_batch b,"
                + " jsonb_populate_record(null::tenant_17.ledger_import_batch, to_jsonb(b) || jsonb_build_object('id', '"
                + batch + "', 'content_sha256', md5('" + batch + "'))) c WHERE b.id = '" + template + "'");
        database.execute("INSERT INTO tenant_17.ledger_source_record SELECT c.* FROM tenant_17.ledger_source_record r,"
                + " generate_series(1, " + rows + ") g, jsonb_populate_record(null::tenant_17.ledger_source_record,"
                + " to_jsonb(r) || jsonb_build_object('id', gen_random_uuid(), 'batch_id', '" + batch + "', 'row_number', g,"
                + " 'fingerprint', md5('" + batch + "' || g))) c WHERE r.batch_id = '" + template + "' AND r.row_number = 1");
        if (link) {
            database.execute("INSERT INTO tenant_17.ledger_record_link SELECT c.* FROM tenant_17.ledger_record_link l"
                    + " JOIN tenant_17.ledger_source_record t ON t.id = l.record_id, tenant_17.ledger_source_record r,"
                    + " jsonb_populate_record(null::tenant_17.ledger_record_link, to_jsonb(l) || jsonb_build_object('id',"
                    + " gen_random_uuid(), 'record_id', r.id)) c WHERE t.batch_id = '" + template + "' AND t.row_number = 1"
                    + " AND r.batch_id = '" + batch + "'");
        }
        return batch;
    }
}
