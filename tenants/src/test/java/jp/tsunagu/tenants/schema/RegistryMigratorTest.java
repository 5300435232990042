package jp.tsunagu.tenants.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.tsunagu.tenants.testing.TestPostgres;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistryMigratorTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrateOnce() {
        database = TestPostgres.freshDatabase();
        new RegistryMigrator().migrate(database.dataSource());
    }

    @Test
    void loadsAllPrefecturesAndMunicipalitiesWithTheirWards() throws SQLException {
        assertEquals(47, count("SELECT count(*) FROM registry.prefecture"));
        assertEquals(1912, count("SELECT count(*) FROM registry.municipality"));
        assertEquals(171, count("SELECT count(*) FROM registry.municipality WHERE kind = 'WARD'"));
        assertEquals("輪島市", single("SELECT name FROM registry.municipality WHERE code = '172049'"));
        assertEquals("石川県", single("SELECT name FROM registry.prefecture WHERE code = '17'"));
    }

    @Test
    void storesEmptyCsvCellsAsNull() throws SQLException {
        assertEquals(1741, count("SELECT count(*) FROM registry.municipality WHERE parent_code IS NULL"));
        assertEquals(0, count("SELECT count(*) FROM registry.municipality WHERE parent_code = '' OR county = ''"));
        assertEquals("221309", single("SELECT parent_code FROM registry.municipality WHERE code = '221392'"));
    }

    @Test
    void registersEveryPrefectureAsADormantTenant() throws SQLException {
        assertEquals(47, count("SELECT count(*) FROM registry.tenant WHERE status = 'DORMANT' AND version = 0"));
    }

    @Test
    void createsTheEmptyNoTenantSchemaThatConnectionsDefaultTo() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'no_tenant'"));
        assertEquals("no_tenant", single("SELECT current_schema()"));
    }

    @Test
    void keepsLiquibaseTablesInsideTheRegistrySchema() throws SQLException {
        assertEquals(7, count("SELECT count(*) FROM registry.databasechangelog"));
        assertEquals(0, count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'databasechangelog' AND table_schema <> 'registry'"));
    }

    @Test
    void runsAgainWithoutChangingAnything() throws SQLException {
        new RegistryMigrator().migrate(database.dataSource());
        assertEquals(47, count("SELECT count(*) FROM registry.tenant"));
        assertEquals(7, count("SELECT count(*) FROM registry.databasechangelog"));
    }

    @Test
    void refusesAnOnboardedTenantWithoutItsSteps() {
        assertThrows(SQLException.class, () -> execute(
                "UPDATE registry.tenant SET status = 'ONBOARDED', onboarded_at = now() WHERE prefecture_code = '17'"));
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }

    private static String single(String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
