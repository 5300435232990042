package jp.tsunagu.tenants.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL for the whole test run, started on first use; each caller gets a fresh database of
 * its own, so test classes cannot see each other's schemas.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean registryTemplateReady;
    private static String registryTemplate;

    private TestPostgres() {
    }

    /** A new, empty database whose connections default to search_path {@code no_tenant}, as the application's do. */
    public static TestDatabase freshDatabase() {
        return createDatabase("");
    }

    /** A new database with the registry already migrated: a copy of one migrated once per test run. */
    public static synchronized TestDatabase migratedDatabase() {
        if (!registryTemplateReady) {
            TestDatabase template = createDatabase("");
            new RegistryMigrator().migrate(template.dataSource());
            registryTemplate = template.name();
            registryTemplateReady = true;
        }
        return createDatabase(" TEMPLATE " + registryTemplate);
    }

    private static TestDatabase createDatabase(String template) {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + template);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestDatabase(server().getJdbcUrl("postgres", name));
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

    /** A test database: its JDBC URL (with {@code currentSchema=no_tenant}) and a DataSource on it. */
    public record TestDatabase(String baseUrl) {

        public String name() {
            return baseUrl.replaceAll(".*/([^/?]+).*", "$1");
        }

        public String url() {
            return baseUrl + "&currentSchema=no_tenant";
        }

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url());
            return dataSource;
        }

        public Connection connect() {
            try {
                return dataSource().getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
