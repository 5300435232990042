package jp.tsunagu.backup.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import jp.tsunagu.backup.cli.ReleaseChangelogs;
import jp.tsunagu.provisioning.ProvisioningChangelog;
import jp.tsunagu.stack.Database;
import jp.tsunagu.stack.PostgresServer;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import jp.tsunagu.tenants.schema.TenantChangelog;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * One real PostgreSQL 18 for the test run (ops/stack's launcher, as the demo and the system tests start it); each test
 * gets a database of its own whose connections default to the empty schema {@code no_tenant}, like the application's.
 * Tests connect as a role that owns its database but is no superuser, like the application's role on CloudNativePG:
 * backup and restore must not need more.
 */
public final class TestDatabase {

    public static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    public static final String ROLE = "tsunagu_app";
    private static final String PASSWORD = "backup-test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer server;

    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    /** A new database with tenant 17 migrated by this release's changelogs. */
    public static TestDatabase withTenant17() {
        return withTenant(ISHIKAWA, ReleaseChangelogs.ALL);
    }

    public static TestDatabase withTenant(PrefectureCode tenant, List<TenantChangelog> changelogs) {
        TestDatabase database = empty();
        // The registry's agreements decide what a host sees; the ledger measures it with every summary change.
        new RegistryMigrator().migrate(database.dataSource(), List.of(ProvisioningChangelog.AGREEMENTS));
        new TenantSchemaMigrator(changelogs).migrate(tenant, database.dataSource());
        return database;
    }

    public static TestDatabase empty() {
        return create("");
    }

    /** A database whose default collation is ICU's for the locale, e.g. ja-JP ("B" after "b", not before "a"). */
    public static TestDatabase emptyCollatedBy(String icuLocale) {
        return create(" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '" + icuLocale + "' LOCALE 'C'");
    }

    private static TestDatabase create(String options) {
        String name = "backup_" + DATABASES.incrementAndGet();
        PostgresServer postgres = server();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres?user=postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + options + " OWNER " + ROLE);
            statement.execute("ALTER DATABASE " + name + " SET search_path = no_tenant");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TestDatabase database = new TestDatabase(postgres.jdbcUrl(new Database(name, ROLE, PASSWORD)) + "?user=" + ROLE + "&password=" + PASSWORD);
        database.execute("CREATE SCHEMA no_tenant");
        return database;
    }

    private static synchronized PostgresServer server() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                socket.close();
                server = PostgresServer.start(port, Files.createTempDirectory("backup-postgres").resolve("data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // ensure makes the owning role (login, no superuser) with a database of its own.
            server.ensure(new Database("backup_0", ROLE, PASSWORD));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "backup-test-postgres-stop"));
        }
        return server;
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    public void execute(String sql) {
        prepared(sql, new Object[0], PreparedStatement::execute);
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(strings(sql, parameters).getFirst());
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql, Object... parameters) {
        return prepared(sql, parameters, query -> {
            try (ResultSet result = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T prepared(String sql, Object[] parameters, Work<T> work) {
        try (Connection db = dataSource().getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
