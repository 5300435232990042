package jp.tsunagu.tenants.schema;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings the shared schema {@code registry} (and the empty {@code no_tenant}) up to date: tables,
 * reference data from the CSVs, one dormant tenant per prefecture. Run it at start-up before anything
 * reads the registry, outside any JTA transaction (Liquibase commits as it goes). Safe to run again.
 */
@ApplicationScoped
public class RegistryMigrator {

    public static final String CHANGELOG = "db/registry/changelog.xml";

    public void migrate(DataSource dataSource) {
        migrate(dataSource, List.of());
    }

    /** The registry's own changelog, then the modules' contributions in their order. */
    public void migrate(DataSource dataSource, Collection<RegistryChangelog> contributed) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
            ClassLoader loader = changelogLoader();
            contributed.stream().sorted().forEach(changelog ->
                    new LiquibaseUpdate(loader).run(connection, TenantSchema.REGISTRY, changelog.path()));
        } catch (SQLException e) {
            throw new SchemaMigrationException("no connection to migrate the registry", e);
        }
    }

    public void migrate(Connection connection) {
        createSchema(connection);
        new LiquibaseUpdate(RegistryMigrator.class.getClassLoader()).run(connection, TenantSchema.REGISTRY, CHANGELOG);
    }

    // Contributions live in other modules' jars: inside Payara the WAR's loader (the context loader) sees them all.
    private static ClassLoader changelogLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RegistryMigrator.class.getClassLoader();
    }

    // Liquibase keeps its own tables in "registry", so the schema must exist before Liquibase starts.
    private static void createSchema(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchema.REGISTRY);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("creating schema registry failed", e);
        }
    }
}
