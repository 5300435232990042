package jp.tsunagu.tenants.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Creates a tenant's schema {@code tenant_NN} if it is missing and runs every contributed
 * {@link TenantChangelog} against it, in order. Idempotent: run it at onboarding and again at each start-up
 * for the onboarded tenants. Call it outside any JTA transaction (Liquibase commits as it goes).
 */
@ApplicationScoped
public class TenantSchemaMigrator {

    private Iterable<TenantChangelog> contributed;

    protected TenantSchemaMigrator() {
        // for the CDI proxy
    }

    @Inject
    public TenantSchemaMigrator(@Any Instance<TenantChangelog> contributed) {
        this.contributed = contributed;
    }

    /** For code that runs outside CDI (tests, tools). */
    public TenantSchemaMigrator(List<TenantChangelog> changelogs) {
        this.contributed = List.copyOf(changelogs);
    }

    /** The changelogs in the order they run. */
    public List<TenantChangelog> changelogs() {
        return StreamSupport.stream(contributed.spliterator(), false).sorted().toList();
    }

    public void migrate(PrefectureCode tenant, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(tenant, connection);
        } catch (SQLException e) {
            throw new SchemaMigrationException("no connection to migrate the schema of tenant " + tenant, e);
        }
    }

    public void migrate(PrefectureCode tenant, Connection connection) {
        String schema = TenantSchema.of(tenant).name();
        createSchema(connection, schema);
        LiquibaseUpdate liquibase = new LiquibaseUpdate(changelogLoader());
        for (TenantChangelog changelog : changelogs()) {
            liquibase.run(connection, schema, changelog.path());
        }
    }

    private static void createSchema(Connection connection, String schema) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("creating schema " + schema + " failed", e);
        }
    }

    // Inside Payara the context loader is the WAR's, which sees the changelogs of every module in WEB-INF/lib.
    private static ClassLoader changelogLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TenantSchemaMigrator.class.getClassLoader();
    }
}
