package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * Reads import batches and their row errors, on a connection whose transaction is bound to the tenant (a request's
 * JPA transaction or a job's own). Everything comes from the database, so any node answers for a batch that runs on
 * another one or ran before a restart.
 */
public final class ImportHistory {

    private static final String COLUMNS = "b.id, b.disaster_id, b.source_kind, b.profile_name, b.file_name,"
            + " b.content_sha256, b.encoding, b.byte_size, b.status, b.rows_read, b.rows_accepted, b.rows_duplicate,"
            + " b.rows_rejected, b.checkpoint_row, b.bytes_read, b.checkpointed_at, b.rows_per_second, b.eta_seconds,"
            + " b.failure, b.imported_by_subject, b.imported_by_username, b.started_at, b.finished_at, b.unused_columns,"
            + " b.missing_fields, b.cancel_requested_at IS NOT NULL, b.linked_at, " + RunLock.heldSql("b.id");

    private ImportHistory() {
    }

    public static Optional<StoredBatch> find(Connection db, UUID disasterId, UUID batchId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS + " FROM ledger_import_batch b"
                + " WHERE b.disaster_id = ? AND b.id = ?")) {
            query.setObject(1, disasterId);
            query.setObject(2, batchId);
            List<StoredBatch> found = read(query);
            return found.stream().findFirst();
        }
    }

    /** The disaster's imports, newest first; only those of one account when {@code importedBy} is given. */
    public static List<StoredBatch> list(Connection db, UUID disasterId, Optional<String> importedBy, long offset, int limit)
            throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS + " FROM ledger_import_batch b"
                + " WHERE b.disaster_id = ? AND (CAST(? AS varchar) IS NULL OR b.imported_by_subject = ?)"
                + " ORDER BY b.started_at DESC, b.id OFFSET ? LIMIT ?")) {
            query.setObject(1, disasterId);
            query.setString(2, importedBy.orElse(null));
            query.setString(3, importedBy.orElse(null));
            query.setLong(4, offset);
            query.setInt(5, limit);
            return read(query);
        }
    }

    /** The problems of a page of the batch's rejected rows (rows still awaiting correction), by row. */
    public static List<RowError> errors(Connection db, UUID batchId, long offsetRows, int limitRows) throws SQLException {
        return ImportBatches.errors(db, batchId, offsetRows, limitRows);
    }

    /** How many rejected rows of the batch await correction. */
    public static long rejectedRows(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM ledger_rejected_row"
                + " WHERE batch_id = ? AND resubmitted_record_id IS NULL")) {
            query.setObject(1, batchId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<StoredBatch> read(PreparedStatement query) throws SQLException {
        List<StoredBatch> batches = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                batches.add(batch(row));
            }
        }
        return batches;
    }

    private static StoredBatch batch(ResultSet row) throws SQLException {
        StoredBatch.Counts counts = new StoredBatch.Counts(row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13));
        StoredBatch.Checkpoint checkpoint = new StoredBatch.Checkpoint(row.getLong(14), row.getLong(15), instant(row, 16),
                Optional.ofNullable(row.getObject(17, Double.class)),
                Optional.ofNullable(row.getObject(18, Long.class)).map(Duration::ofSeconds));
        return new StoredBatch(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                SourceKind.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getLong(8), row.getString(9), counts, checkpoint, Optional.ofNullable(row.getString(19)),
                new Actor(row.getString(20), row.getString(21)), instant(row, 22).orElseThrow(), instant(row, 23),
                list(row.getString(24)), list(row.getString(25)), row.getBoolean(26), instant(row, 27), row.getBoolean(28));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static List<String> list(String json) {
        return json == null ? List.of() : JsonText.readArray(json);
    }
}
