package jp.tsunagu.tenants.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs one Liquibase changelog into one schema over a connection the caller owns. Liquibase's own tables
 * (DATABASECHANGELOG, DATABASECHANGELOGLOCK) live in that schema, so each schema is migrated and locked on
 * its own. The connection's search_path points at the schema while Liquibase runs, so unqualified SQL in
 * a changelog lands there too, and is put back afterwards: the connection may return to a pool.
 */
final class LiquibaseUpdate {

    private final ClassLoader classLoader;

    /**
     * @param classLoader the loader that sees the changelogs: inside Payara, the WAR's (the loader of the
     *                    class that contributes the changelog), not the server's
     */
    LiquibaseUpdate(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    void run(Connection connection, String schema, String changelogPath) {
        try {
            String previousSearchPath = searchPath(connection);
            setSearchPath(connection, schema);
            try {
                update(connection, schema, changelogPath);
            } finally {
                setSearchPath(connection, previousSearchPath);
            }
        } catch (SchemaMigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaMigrationException("migrating schema " + schema + " with " + changelogPath + " failed", e);
        }
    }

    private void update(Connection connection, String schema, String changelogPath) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
                Scope.Attr.classLoader.name(), classLoader,
                // Liquibase's console summary goes to the log, not to the server's stdout.
                Scope.Attr.ui.name(), new LoggerUIService(),
                // No usage data leaves the server; the network may not even reach Liquibase's host.
                "liquibase.analytics.enabled", Boolean.FALSE);
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                .execute());
    }

    private static String searchPath(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting('search_path')");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    private static void setSearchPath(Connection connection, String searchPath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            statement.setString(1, searchPath);
            statement.execute();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
