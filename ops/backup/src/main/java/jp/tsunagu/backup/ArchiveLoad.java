package jp.tsunagu.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.backup.archive.ArchiveReader;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.archive.TableEntry;
import jp.tsunagu.backup.database.CanonicalCopy;
import jp.tsunagu.backup.database.CopyStreams;
import jp.tsunagu.backup.database.LoadOrder;
import jp.tsunagu.backup.database.SchemaCatalogue;
import jp.tsunagu.backup.database.SequenceState;
import jp.tsunagu.backup.database.SqlNames;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.database.TableShape;
import jp.tsunagu.backup.migration.AppliedChangesets;
import jp.tsunagu.backup.migration.ChangesetDifference;

/**
 * Loads an archive's rows into a schema the release's migrations just made, in one transaction: the tables are
 * emptied first (migrations may seed rows, and Liquibase's own tables get the archive's history, so the restored
 * schema remembers when each changeset really ran), loaded in foreign-key order with deferrable constraints deferred,
 * then every deferred constraint is checked, every sequence set, and every table's count and checksum compared with
 * the manifest before the transaction commits. Anything wrong rolls it all back.
 * <p>
 * Not {@code session_replication_role = replica}: it needs a superuser (the application's role is not one), and it
 * skips foreign keys instead of checking them later, so a broken archive would load without a word.
 */
final class ArchiveLoad {

    private final Connection connection;
    private final String schema;
    private final ArchiveReader archive;
    private final Manifest manifest;
    private final BackupProgress progress;

    ArchiveLoad(Connection connection, String schema, ArchiveReader archive, BackupProgress progress) {
        this.connection = connection;
        this.schema = schema;
        this.archive = archive;
        this.manifest = archive.manifest();
        this.progress = progress;
    }

    void run() throws SQLException, IOException {
        SchemaCatalogue catalogue = new SchemaCatalogue(connection, schema);
        ChangesetDifference migrated = ChangesetDifference.between(manifest.changesets(), AppliedChangesets.read(connection, schema));
        if (!migrated.isEmpty()) {
            throw new RestoreRefusedException(migrated.describe());
        }
        Map<String, TableShape> tables = sameTables(catalogue.tables());
        sameSequences(catalogue.sequences());
        connection.setAutoCommit(false);
        try {
            load(tables, LoadOrder.of(List.copyOf(tables.keySet()), catalogue.foreignKeys()));
            Steps.timed(progress, "commit", connection::commit);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        // Fresh statistics, or the planner guesses on the restored tables until autovacuum gets to them.
        Steps.timed(progress, "analyze", () -> {
            for (String table : tables.keySet()) {
                execute("ANALYZE " + SqlNames.qualified(schema, table));
            }
        });
    }

    private void load(Map<String, TableShape> tables, List<String> order) throws SQLException, IOException {
        Steps.timed(progress, "load", () -> copyIn(tables, order));
        Steps.timed(progress, "foreign keys and deferred constraints", this::checkDeferredConstraints);
        Steps.timed(progress, "counts and checksums", () -> verify(tables));
    }

    private void copyIn(Map<String, TableShape> tables, List<String> order) throws SQLException, IOException {
        execute("SET CONSTRAINTS ALL DEFERRED");
        // The access log's triggers refuse TRUNCATE and any insert that does not continue its chain; a restore puts
        // back the archived chain as it was, so tables with triggers of their own have them off for this
        // transaction only (ALTER TABLE is transactional) and on again before the checks. The restored chain
        // verifies as the archived one did. (Tables with pending foreign-key checks cannot be altered: those keep
        // their constraint triggers, which are not user triggers anyway.)
        List<String> guarded = tablesWithUserTriggers();
        switchUserTriggers(guarded, false);
        execute("TRUNCATE " + order.stream().map(t -> SqlNames.qualified(schema, t)).collect(Collectors.joining(", ")));
        for (String table : order) {
            TableEntry entry = manifest.table(table).orElseThrow();
            long loaded;
            try (InputStream in = archive.table(entry)) {
                loaded = CopyStreams.copyIn(connection, copyOf(entry, tables.get(table)), in);
            }
            if (loaded != entry.digest().rows()) {
                throw new RestoreVerificationException("table " + table + ": loaded " + loaded + " rows, the manifest says "
                        + entry.digest().rows());
            }
            progress.tableDone(table, loaded);
        }
        for (SequenceState sequence : manifest.sequences()) {
            sequence.restore(connection, schema);
        }
        switchUserTriggers(guarded, true);
    }

    /** Tables with triggers of their own (not the constraint triggers of foreign keys, which stay on). */
    private List<String> tablesWithUserTriggers() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT c.relname FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND NOT t.tgisinternal ORDER BY c.relname")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private void switchUserTriggers(List<String> tables, boolean on) throws SQLException {
        for (String table : tables) {
            execute("ALTER TABLE " + SqlNames.qualified(schema, table) + (on ? " ENABLE" : " DISABLE") + " TRIGGER USER");
        }
    }

    private void checkDeferredConstraints() {
        try {
            // Retroactive: every check deferred during the load runs now, inside the transaction.
            execute("SET CONSTRAINTS ALL IMMEDIATE");
        } catch (SQLException e) {
            throw new RestoreVerificationException("the loaded rows break a constraint of the schema: "
                    + DatabaseFailureException.describe(e));
        }
    }

    private void verify(Map<String, TableShape> tables) throws SQLException, IOException {
        List<String> differences = new ArrayList<>();
        for (TableEntry entry : manifest.tables()) {
            TableDigest found = CopyStreams.digest(connection, copyOf(entry, tables.get(entry.name())));
            if (!found.equals(entry.digest())) {
                differences.add(entry.name() + " (" + found.rows() + " rows, manifest " + entry.digest().rows()
                        + (found.sha256().equals(entry.digest().sha256()) ? "" : ", checksum differs") + ")");
            }
        }
        if (!differences.isEmpty()) {
            throw new RestoreVerificationException("the restored tables differ from the archive's manifest: "
                    + String.join("; ", differences));
        }
    }

    private CanonicalCopy copyOf(TableEntry entry, TableShape shape) {
        return new CanonicalCopy(schema, entry.name(), entry.columns(), entry.orderBy(), shape.collatable());
    }

    /** The release's tables, which must be the archive's, with the same columns. */
    private Map<String, TableShape> sameTables(List<TableShape> migrated) {
        Map<String, TableShape> byName = migrated.stream().collect(Collectors.toMap(TableShape::name, Function.identity()));
        List<String> differences = new ArrayList<>();
        for (TableEntry entry : manifest.tables()) {
            TableShape shape = byName.get(entry.name());
            if (shape == null) {
                differences.add("table " + entry.name() + " is in the archive only");
            } else if (!new HashSet<>(shape.columns()).equals(new HashSet<>(entry.columns()))) {
                differences.add("table " + entry.name() + " has other columns");
            }
        }
        byName.keySet().stream().filter(name -> manifest.table(name).isEmpty()).sorted()
                .forEach(name -> differences.add("table " + name + " is in this release only"));
        if (!differences.isEmpty()) {
            throw new RestoreRefusedException("the schema this release makes differs from the archive's: " + String.join("; ", differences));
        }
        return byName;
    }

    private void sameSequences(List<String> migrated) {
        List<String> archived = manifest.sequences().stream().map(SequenceState::name).sorted().toList();
        if (!archived.equals(migrated.stream().sorted().toList())) {
            throw new RestoreRefusedException("the schema this release makes has other sequences than the archive's");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
