package jp.tsunagu.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jp.tsunagu.backup.archive.ArchiveWriter;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.archive.TableEntry;
import jp.tsunagu.backup.database.CanonicalCopy;
import jp.tsunagu.backup.database.CopySettings;
import jp.tsunagu.backup.database.CopyStreams;
import jp.tsunagu.backup.database.SchemaCatalogue;
import jp.tsunagu.backup.database.SequenceState;
import jp.tsunagu.backup.database.SqlNames;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.database.TableShape;
import jp.tsunagu.backup.migration.AppliedChangesets;
import jp.tsunagu.backup.migration.ChangesetId;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Writes one tenant's schema to an archive file. Everything is read in one REPEATABLE READ, READ ONLY transaction, so
 * the archive is one snapshot of the schema however long it takes while the application keeps writing; every table
 * found in the catalogue is locked against DDL (ACCESS SHARE, as pg_dump does) and streamed with COPY.
 */
public final class TenantBackup {

    private final DataSource dataSource;
    private final BackupProgress progress;

    public TenantBackup(DataSource dataSource, BackupProgress progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    public Manifest backUp(PrefectureCode tenant, Path out) {
        String schema = TenantSchema.of(tenant).name();
        try (ArchiveWriter archive = ArchiveWriter.create(out); Connection connection = dataSource.getConnection()) {
            CopySettings.apply(connection);
            connection.setAutoCommit(false);
            Manifest manifest = snapshot(connection, tenant, schema, archive);
            connection.rollback(); // read only: ends the snapshot (and its locks) before the file gets its name
            archive.finish(manifest);
            return manifest;
        } catch (SQLException e) {
            throw new DatabaseFailureException("backing up tenant " + tenant, e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the archive failed", e);
        }
    }

    private Manifest snapshot(Connection connection, PrefectureCode tenant, String schema, ArchiveWriter archive)
            throws SQLException, IOException {
        execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        SchemaCatalogue catalogue = new SchemaCatalogue(connection, schema);
        List<TableShape> tables = catalogue.tables();
        List<String> sequenceNames = catalogue.sequences();
        requireMigratedSchema(tenant, schema, tables);
        requirePlainNames(schema, tables, sequenceNames);
        execute(connection, "LOCK TABLE " + tables.stream().map(t -> SqlNames.qualified(schema, t.name()))
                .collect(Collectors.joining(", ")) + " IN ACCESS SHARE MODE");
        OffsetDateTime takenAt;
        String serverVersion;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT now(), current_setting('server_version')")) {
            row.next();
            takenAt = row.getObject(1, OffsetDateTime.class);
            serverVersion = row.getString(2);
        }
        List<ChangesetId> changesets = AppliedChangesets.read(connection, schema);
        List<TableEntry> entries = new ArrayList<>();
        for (TableShape table : tables) {
            CanonicalCopy copy = CanonicalCopy.of(schema, table);
            TableDigest digest = archive.writeTable(table.name(), out -> CopyStreams.copyOut(connection, copy, out));
            entries.add(new TableEntry(table.name(), copy.columns(), copy.orderBy(), digest));
            progress.tableDone(table.name(), digest.rows());
        }
        List<SequenceState> sequences = new ArrayList<>();
        for (String sequence : sequenceNames) {
            sequences.add(SequenceState.read(connection, schema, sequence));
        }
        return new Manifest(Manifest.FORMAT_VERSION, tenant, schema, takenAt.toInstant(), serverVersion,
                CopySettings.values(), changesets, entries, sequences);
    }

    private static void requireMigratedSchema(PrefectureCode tenant, String schema, List<TableShape> tables) {
        if (tables.isEmpty()) {
            throw new BackupRefusedException("tenant " + tenant + " has no schema " + schema + ", or no table in it: nothing to back up");
        }
        if (tables.stream().noneMatch(t -> t.name().equals(AppliedChangesets.TABLE))) {
            throw new BackupRefusedException("schema " + schema + " has no Liquibase history: it is not a migrated tenant schema");
        }
    }

    private static void requirePlainNames(String schema, List<TableShape> tables, List<String> sequences) {
        Stream<String> names = Stream.concat(sequences.stream(),
                tables.stream().flatMap(t -> Stream.concat(Stream.of(t.name()), t.columns().stream())));
        if (names.anyMatch(name -> !SqlNames.isPlain(name))) {
            throw new BackupRefusedException("schema " + schema + " has a table, column or sequence whose name is not a plain"
                    + " lower-case SQL name; the archive format does not take it");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
