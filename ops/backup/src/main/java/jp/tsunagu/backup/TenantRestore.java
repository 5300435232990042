package jp.tsunagu.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jp.tsunagu.backup.archive.ArchiveReader;
import jp.tsunagu.backup.archive.ArchiveVerifier;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.database.CopySettings;
import jp.tsunagu.backup.database.SchemaCatalogue;
import jp.tsunagu.backup.migration.ChangesetDifference;
import jp.tsunagu.backup.migration.ReleaseChangesets;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * Restores an archive into a tenant's schema. Everything that can refuse does so before anything is dropped: the
 * tenant, the changesets (this release's against the archive's), the archive's integrity (every entry against the
 * manifest), a schema that holds anything without {@link RestoreOptions#replace()}. Then the schema is made by this
 * release's migrations, so constraints, indexes and defaults are exactly what the application expects (rather than
 * DDL from the archive, which would need its own checks and could drift from the changelogs), and {@link ArchiveLoad}
 * loads and verifies the rows. A restore that fails after it began leaves no schema behind: an empty or half-loaded
 * schema would look like a tenant without data.
 * <p>
 * The tenant must take no traffic meanwhile; the registry's tenant row is not part of the schema and not touched.
 */
public final class TenantRestore {

    private final DataSource dataSource;
    private final TenantSchemaMigrator migrator;
    private final BackupProgress progress;

    public TenantRestore(DataSource dataSource, TenantSchemaMigrator migrator, BackupProgress progress) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.progress = progress;
    }

    public RestoreReport restore(Path file, RestoreOptions options) {
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            Manifest manifest = archive.manifest();
            PrefectureCode target = options.target(manifest.tenant());
            ChangesetDifference difference = ChangesetDifference.between(manifest.changesets(),
                    ReleaseChangesets.of(migrator.changelogs()));
            if (!difference.isEmpty()) {
                throw new RestoreRefusedException(difference.describe());
            }
            Steps.timed(progress, "archive check", () -> ArchiveVerifier.verify(archive));
            return restore(archive, target, options.replace());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the archive failed", e);
        } catch (SQLException e) {
            throw new DatabaseFailureException("restoring", e);
        }
    }

    private RestoreReport restore(ArchiveReader archive, PrefectureCode target, boolean replace) throws IOException {
        String schema = TenantSchema.of(target).name();
        try (Connection connection = dataSource.getConnection()) {
            CopySettings.apply(connection);
            boolean replaced = clear(connection, schema, replace);
            try {
                Steps.timed(progress, "migrations", () -> migrator.migrate(target, connection));
                new ArchiveLoad(connection, schema, archive, progress).run();
            } catch (SQLException | IOException | RuntimeException e) {
                discard(connection, schema, e);
                throw e;
            }
            return new RestoreReport(target, archive.manifest(), replaced);
        } catch (SQLException e) {
            throw new DatabaseFailureException("restoring into tenant " + target, e);
        }
    }

    /** @return whether a schema with content was dropped */
    private boolean clear(Connection connection, String schema, boolean replace) throws SQLException, IOException {
        long relations = new SchemaCatalogue(connection, schema).relations();
        if (relations == 0) {
            return false;
        }
        if (!replace) {
            throw new RestoreRefusedException("schema " + schema + " exists and is not empty (" + relations + " tables, indexes"
                    + " or sequences): restore with --replace to drop it and put the archive in its place");
        }
        Steps.timed(progress, "dropping the schema there before", () -> drop(connection, schema));
        return true;
    }

    private static void discard(Connection connection, String schema, Exception failure) {
        try {
            drop(connection, schema);
        } catch (SQLException e) {
            failure.addSuppressed(new IllegalStateException("the half-restored schema " + schema + " could not be dropped (SQL state "
                    + e.getSQLState() + "): drop it by hand"));
        }
    }

    private static void drop(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
