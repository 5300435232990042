package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.row.RowProblem;

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

    static void restart(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ledger_import_batch SET status = 'RUNNING', failure = NULL, finished_at = NULL WHERE id = ?")) {
            update.setObject(1, batchId);
            update.executeUpdate();
        }
    }

    /** Moves the checkpoint and the counts forward; committed with the chunk it belongs to. */
    static void checkpoint(Connection db, UUID batchId, long lastRow, ChunkCounts counts) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE ledger_import_batch SET checkpoint_row = ?,"
                + " rows_read = rows_read + ?, rows_accepted = rows_accepted + ?, rows_duplicate = rows_duplicate + ?,"
                + " rows_rejected = rows_rejected + ? WHERE id = ?")) {
            update.setLong(1, lastRow);
            update.setLong(2, counts.read());
            update.setLong(3, counts.accepted());
            update.setLong(4, counts.duplicate());
            update.setLong(5, counts.rejected());
            update.setObject(6, batchId);
            update.executeUpdate();
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

    static BatchRow load(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT id, status, checkpoint_row, rows_read, rows_accepted,"
                + " rows_duplicate, rows_rejected, failure FROM ledger_import_batch WHERE id = ?")) {
            query.setObject(1, batchId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new BatchRow(row.getObject(1, UUID.class), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getString(8));
            }
        }
    }

    /** Every problem of every rejected row of the batch, by row. */
    static List<RowError> errors(Connection db, UUID batchId) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT row_number, line_number, problems FROM ledger_rejected_row"
                + " WHERE batch_id = ? AND resubmitted_record_id IS NULL ORDER BY row_number")) {
            query.setObject(1, batchId);
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
