package jp.tsunagu.tenants.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.testing.TestPostgres;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantSchemaMigratorTest {

    // Given out of order on purpose: the migrator sorts by order.
    private static final TenantSchemaMigrator MIGRATOR = new TenantSchemaMigrator(List.of(
            new TenantChangelog("db/test/tenant-note-tags.xml", 20),
            new TenantChangelog("db/test/tenant-notes.xml", 10)));

    private static TestDatabase database;

    @BeforeAll
    static void migrateTwoTenants() {
        database = TestPostgres.migratedDatabase();
        MIGRATOR.migrate(PrefectureCode.of(17), database.dataSource());
        MIGRATOR.migrate(PrefectureCode.of(13), database.dataSource());
    }

    @Test
    void runsContributedChangelogsInTheirOrder() {
        assertEquals(List.of("db/test/tenant-notes.xml", "db/test/tenant-note-tags.xml"),
                MIGRATOR.changelogs().stream().map(TenantChangelog::path).toList());
    }

    @Test
    void createsEachTenantsTablesInItsOwnSchema() throws SQLException {
        assertEquals(List.of("tenant_13", "tenant_17"), strings("SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'note_tag' AND table_schema IN ('tenant_13', 'tenant_17') ORDER BY 1"));
        assertEquals(List.of("0"), strings("SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('public', 'no_tenant', 'registry') AND table_name LIKE 'note%'"));
    }

    @Test
    void keepsLiquibaseHistoryAndLockInsideTheTenantSchema() throws SQLException {
        assertEquals(List.of("2"), strings("SELECT count(*) FROM tenant_17.databasechangelog"));
        assertEquals(List.of("databasechangelog", "databasechangeloglock", "note", "note_tag"),
                strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenant_17' ORDER BY 1"));
    }

    @Test
    void migratingAgainIsHarmless() throws SQLException {
        MIGRATOR.migrate(PrefectureCode.of(17), database.dataSource());
        assertEquals(List.of("2"), strings("SELECT count(*) FROM tenant_17.databasechangelog"));
    }

    @Test
    void givesTheConnectionBackWithItsSearchPathUnchanged() throws SQLException {
        try (Connection connection = database.connect()) {
            MIGRATOR.migrate(PrefectureCode.of(1), connection);
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT current_setting('search_path')")) {
                result.next();
                assertEquals("no_tenant", result.getString(1));
            }
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            var values = new java.util.ArrayList<String>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
