package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.row.RowProblem;
import jp.tsunagu.ledger.record.JsonText;

/** The import batch table, through JDBC on the job's connection (inside its tenant-bound transactions). */
final class ImportBatches {

    private ImportBatches() {
    }

    static Optional<String> disasterStatus(Connection db, UUID disasterId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT status FROM disaster_instance WHERE id = ?")) {
            query.setObject(1, disasterId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The batch of this file (same disaster, content and profile), created as RUNNING if there is none yet. */
    static BatchRow findOrCreate(Connection db, ImportRequest request, ScannedFile file, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ledger_import_batch (id, disaster_id, source_kind,"
                + " profile_name, file_name, content_sha256, encoding, byte_size, status, imported_by_subject,"
                + " imported_by_username, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)"
                + " ON CONFLICT (disaster_id, content_sha256, profile_name) DO NOTHING")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, request.disasterId());
            insert.setString(3, request.kind().name());
            insert.setString(4, request.profile().name());
            insert.setString(5, request.fileName());
            insert.setString(6, file.sha256());
            insert.setString(7, file.encoding().name());
            insert.setLong(8, file.byteSize());
            insert.setString(9, request.importedBy().subject());
            insert.setString(10, request.importedBy().username());
            insert.setTimestamp(11, Timestamp.from(now));
            insert.executeUpdate();
        }
        try (PreparedStatement query = db.prepareStatement("SELECT id, status, checkpoint_row, rows_read, rows_accepted,"
                + " rows_duplicate, rows_rejected, failure FROM ledger_import_batch"
                + " WHERE disaster_id = ? AND content_sha256 = ? AND profile_name = ?")) {
            query.setObject(1, request.disasterId());
            query.setString(2, file.sha256());
            query.setString(3, request.profile().name());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new BatchRow(row.getObject(1, UUID.class), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getString(8));
            }
        }
    }

    /** Running again: the rows it adds will need linking. */
    static void restart(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE ledger_import_batch SET status = 'RUNNING',"
                + " failure = NULL, finished_at = NULL, linked_at = NULL WHERE id = ?")) {
            update.setObject(1, batchId);
            update.executeUpdate();
        }
    }

    /** The file's columns no field used and the profile's fields it lacked, for the report. */
    static void describeColumns(Connection db, UUID batchId, List<String> unusedColumns, List<String> missingFields)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ledger_import_batch SET unused_columns = ?, missing_fields = ? WHERE id = ?")) {
            update.setString(1, JsonText.array(unusedColumns));
            update.setString(2, JsonText.array(missingFields));
            update.setObject(3, batchId);
            update.executeUpdate();
        }
    }

    /** A new run was admitted: a cancellation asked of an earlier run is done with. */
    static void forgetCancellation(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ledger_import_batch SET cancel_requested_at = NULL WHERE id = ?")) {
            update.setObject(1, batchId);
            update.executeUpdate();
        }
    }

    /**
     * Moves the checkpoint, the counts and the progress forward; committed with the chunk it belongs to, so any node
     * reads the progress of the rows that are really stored. Answers whether a cancellation was asked for meanwhile
     * (from any node).
     */
    static boolean checkpoint(Connection db, UUID batchId, long lastRow, ChunkCounts counts, long bytesRead,
                              ProgressSnapshot progress, Instant at) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE ledger_import_batch SET checkpoint_row = ?,"
                + " rows_read = rows_read + ?, rows_accepted = rows_accepted + ?, rows_duplicate = rows_duplicate + ?,"
                + " rows_rejected = rows_rejected + ?, bytes_read = ?, checkpointed_at = ?, rows_per_second = ?,"
                + " eta_seconds = ? WHERE id = ? RETURNING cancel_requested_at IS NOT NULL")) {
            update.setLong(1, lastRow);
            update.setLong(2, counts.read());
            update.setLong(3, counts.accepted());
            update.setLong(4, counts.duplicate());
            update.setLong(5, counts.rejected());
            update.setLong(6, bytesRead);
            update.setTimestamp(7, Timestamp.from(at));
            update.setDouble(8, progress.rowsPerSecond());
            update.setObject(9, progress.eta().map(Duration::toSeconds).orElse(null), Types.BIGINT);
            update.setObject(10, batchId);
            try (ResultSet cancelRequested = update.executeQuery()) {
                return cancelRequested.next() && cancelRequested.getBoolean(1);
            }
        }
    }

    static void finish(Connection db, UUID batchId, String status, Optional<String> failure, Instant at) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ledger_import_batch SET status = ?, failure = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, failure.map(f -> f.length() > 500 ? f.substring(0, 500) : f).orElse(null));
            update.setTimestamp(3, Timestamp.from(at));
            update.setObject(4, batchId);
            update.executeUpdate();
        }
    }

    /** Every problem of a page of the batch's rejected rows, by row. */
    static List<RowError> errors(Connection db, UUID batchId, long offsetRows, int limitRows) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT row_number, line_number, problems FROM ledger_rejected_row"
                + " WHERE batch_id = ? AND resubmitted_record_id IS NULL ORDER BY row_number OFFSET ? LIMIT ?")) {
            query.setObject(1, batchId);
            query.setLong(2, offsetRows);
            query.setInt(3, limitRows);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    for (RowProblem problem : RowProblem.parse(row.getString(3))) {
                        errors.add(new RowError(row.getLong(1), row.getLong(2), problem));
                    }
                }
            }
        }
        return errors;
    }
}
