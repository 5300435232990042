package jp.tsunagu.ledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.tsunagu.audit.AuditChangelog;
import jp.tsunagu.ledger.LedgerChangelog;
import jp.tsunagu.provisioning.ProvisioningChangelog;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.CustomPlans;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import jp.tsunagu.tenants.schema.TenantChangelog;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * One real PostgreSQL for the test run; each test class gets a database of its own with tenant 17 (石川県) migrated by
 * provisioning's and the ledger's changelogs, as the application migrates it, and connections that default to the
 * empty schema {@code no_tenant} and plan every execution anew ({@link CustomPlans}) like the application's.
 */
public final class TestDatabase {

    public static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    // Provisioning's own changelog from its jar, at the order it contributes it (its constant is package-private).
    private static final TenantChangelog PROVISIONING = new TenantChangelog("db/tenant/provisioning.xml", 100);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    public static TestDatabase fresh() {
        return fresh(server());
    }

    /** A fresh database on a server of the caller's (the benchmark configures its own). */
    public static TestDatabase fresh(EmbeddedPostgres server) {
        String name = "ledger_" + DATABASES.incrementAndGet();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            statement.execute("ALTER DATABASE " + name + " SET search_path = no_tenant");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TestDatabase database = new TestDatabase(server.getJdbcUrl("postgres", name));
        database.execute("CREATE SCHEMA no_tenant");
        // The registry's agreements decide what a host sees; every summary change measures it (docs/sharing.md).
        new RegistryMigrator().migrate(database.dataSource(), List.of(ProvisioningChangelog.AGREEMENTS));
        new TenantSchemaMigrator(List.of(AuditChangelog.TABLES, PROVISIONING, LedgerChangelog.TABLES, LedgerChangelog.RESIDENTS))
                .migrate(ISHIKAWA, database.dataSource());
        return database;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setOptions(CustomPlans.OPTIONS);
        return dataSource;
    }

    /** A disaster instance of tenant 17 in the given status, as provisioning would have switched it on. */
    public UUID disaster(String name, String status) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO tenant_17.disaster_instance (id, name, disaster_type, occurred_on, relief_act_applied_on, status)"
                + " VALUES ('" + id + "', '" + name + "', 'EARTHQUAKE', date '2024-01-01', date '2024-01-01', '" + status + "')");
        return id;
    }

    public void execute(String sql) {
        try (Connection db = dataSource().getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        return single(sql, Long.class, parameters);
    }

    public UUID uuid(String sql, Object... parameters) {
        return single(sql, UUID.class, parameters);
    }

    public String text(String sql, Object... parameters) {
        return single(sql, String.class, parameters);
    }

    /** The first column of the only row the query returns. */
    private <T> T single(String sql, Class<T> type, Object... parameters) {
        try (Connection db = dataSource().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("the query returned no row");
                }
                T value = result.getObject(1, type);
                if (result.next()) {
                    throw new IllegalStateException("the query returned more than one row");
                }
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
