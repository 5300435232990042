package jp.tsunagu.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/** Provisioning's changelog builds its tables in a tenant schema of a real PostgreSQL, and running it again is harmless. */
class ProvisioningChangelogTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void createsTheProvisioningTablesInTheTenantSchemaIdempotently() throws Exception {
        TenantSchemaMigrator migrator = new TenantSchemaMigrator(List.of(ProvisioningChangelog.TABLES));
        migrator.migrate(PrefectureCode.of(17), postgres.getPostgresDatabase());
        migrator.migrate(PrefectureCode.of(17), postgres.getPostgresDatabase());
        assertTrue(tables("tenant_17").containsAll(Set.of("disaster_instance", "disaster_affected_municipality",
                "disaster_lifecycle_step", "support_organisation", "account_grant")));
    }

    @Test
    void theDatabaseRefusesAGrantWhoseScopeDoesNotFitItsKind() throws Exception {
        new TenantSchemaMigrator(List.of(ProvisioningChangelog.TABLES))
                .migrate(PrefectureCode.of(16), postgres.getPostgresDatabase());
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            db.createStatement().execute("set search_path = tenant_16");
            db.createStatement().execute("insert into disaster_instance values ('00000000-0000-0000-0000-000000000001',"
                    + " 'x', 'EARTHQUAKE', date '2024-01-01', date '2024-01-01', 'ACTIVE', 0)");
            SQLException refused = assertThrows(SQLException.class, () -> db.createStatement().execute(
                    "insert into account_grant (id, disaster_id, account_subject, account_username, role, scope_kind,"
                    + " expires_at, granted_by_subject, granted_by_username, granted_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 's', 'u', 'MUNICIPALITY_STAFF',"
                    + " 'HOST_MUNICIPALITY', now(), 'a', 'a', now())"));
            assertEquals("23514", refused.getSQLState(), "check constraint violation");
        }
    }

    @Test
    void agreementsLiveInTheRegistryWhichRefusesMyNumberAndAPrefectureAgreeingWithItself() throws Exception {
        new RegistryMigrator().migrate(postgres.getPostgresDatabase(), List.of(ProvisioningChangelog.AGREEMENTS));
        new RegistryMigrator().migrate(postgres.getPostgresDatabase(), List.of(ProvisioningChangelog.AGREEMENTS));
        assertTrue(tables("registry").contains("sharing_agreement"));
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            String insert = "insert into registry.sharing_agreement (id, home_prefecture, host_prefecture, disaster_id,"
                    + " disaster_name, host_municipalities, items, permissions, purpose, valid_from, valid_until, status,"
                    + " proposed_by_subject, proposed_by_username, proposed_at) values (gen_random_uuid(), '17', '%s',"
                    + " gen_random_uuid(), 'x', '', '%s', 'READ', 'p', now(), now() + interval '1 day', 'PROPOSED',"
                    + " 's', 'u', now())";
            db.createStatement().execute(insert.formatted("16", "IDENTITY"));
            assertEquals("23514", assertThrows(SQLException.class, () -> db.createStatement()
                    .execute(insert.formatted("16", "IDENTITY,MY_NUMBER"))).getSQLState());
            assertEquals("23514", assertThrows(SQLException.class, () -> db.createStatement()
                    .execute(insert.formatted("17", "IDENTITY"))).getSQLState());
        }
    }

    @Test
    void aGrantUnderAnAgreementNamesTheAgreementAndNoInstance() throws Exception {
        new TenantSchemaMigrator(List.of(ProvisioningChangelog.TABLES))
                .migrate(PrefectureCode.of(15), postgres.getPostgresDatabase());
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            db.createStatement().execute("set search_path = tenant_15");
            String insert = "insert into account_grant (id, disaster_id, agreement_id, account_subject, account_username,"
                    + " role, scope_kind, municipality_code, expires_at, granted_by_subject, granted_by_username,"
                    + " granted_at) values (gen_random_uuid(), null, %s, 's', 'u', 'MUNICIPALITY_STAFF',"
                    + " 'AGREEMENT_HOST_MUNICIPALITY', '152013', now(), 'a', 'a', now())";
            db.createStatement().execute(insert.formatted("gen_random_uuid()"));
            assertEquals("23514", assertThrows(SQLException.class, () -> db.createStatement()
                    .execute(insert.formatted("null"))).getSQLState());
        }
    }

    private static Set<String> tables(String schema) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             ResultSet rows = db.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
