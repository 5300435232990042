package jp.tsunagu.ledger.imports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import javax.sql.DataSource;

import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The uploaded file of a batch, kept in the tenant's schema ({@code ledger_import_upload} and its parts of 1 MiB) from
 * its admission until its run ends, so that any node can resume the import of a node that died. Streamed both ways,
 * a part at a time: never the whole file in memory. The copy is stored in one transaction (a batch has a whole copy or
 * none) and holds personal data: the run deletes it when it ends, the instance's purge with its batch.
 */
public final class UploadCopies {

    static final int PART_BYTES = 1 << 20;

    /** A batch left unfinished, with its file stored, that no node runs: the dead node's work, to be taken over. */
    public record Orphan(UUID batchId, UUID disasterId, boolean cancelRequested) {
    }

    /** A stored copy written back to a local file: the encoding the uploader named, how often it was taken over. */
    public record Restored(EncodingChoice encoding, int takeovers) {
    }

    private final DataSource dataSource;

    public UploadCopies(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the file as the batch's copy, replacing an earlier one (the same content: a batch is its file's). */
    public void store(PrefectureCode tenant, UUID batchId, Path file, EncodingChoice encoding, Instant now) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant);
             InputStream in = Files.newInputStream(file)) {
            Connection tx = db.begin();
            delete(tx, batchId);
            try (PreparedStatement upload = tx.prepareStatement("INSERT INTO ledger_import_upload (batch_id,"
                    + " encoding_choice, byte_size, parts, stored_at) VALUES (?, ?, 0, 0, ?)")) {
                upload.setObject(1, batchId);
                upload.setString(2, encoding.name());
                upload.setTimestamp(3, Timestamp.from(now));
                upload.executeUpdate();
            }
            long bytes = 0;
            int parts = 0;
            try (PreparedStatement part = tx.prepareStatement(
                    "INSERT INTO ledger_import_upload_part (batch_id, part, data) VALUES (?, ?, ?)")) {
                byte[] buffer;
                while ((buffer = in.readNBytes(PART_BYTES)).length > 0) {
                    part.setObject(1, batchId);
                    part.setInt(2, parts++);
                    part.setBytes(3, buffer);
                    part.executeUpdate();
                    bytes += buffer.length;
                }
            }
            try (PreparedStatement size = tx.prepareStatement(
                    "UPDATE ledger_import_upload SET byte_size = ?, parts = ? WHERE batch_id = ?")) {
                size.setLong(1, bytes);
                size.setInt(2, parts);
                size.setObject(3, batchId);
                size.executeUpdate();
            }
            // Durable before the uploader is told the import runs: this copy is what another node resumes from.
            db.commitDurably();
        } catch (SQLException e) {
            throw new IllegalStateException("storing an upload failed (SQL state " + e.getSQLState() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an upload to store it failed", e);
        }
    }

    /**
     * Writes the batch's stored copy to {@code target} and counts a takeover; empty (and nothing written) when the batch
     * has no whole copy.
     */
    public Optional<Restored> restoreForTakeover(PrefectureCode tenant, UUID batchId, Path target) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant)) {
            Connection tx = db.begin();
            Optional<Restored> copy = Optional.empty();
            long size = 0;
            try (PreparedStatement query = tx.prepareStatement("UPDATE ledger_import_upload SET takeovers = takeovers + 1"
                    + " WHERE batch_id = ? RETURNING encoding_choice, takeovers, byte_size")) {
                query.setObject(1, batchId);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        copy = Optional.of(new Restored(EncodingChoice.valueOf(row.getString(1)), row.getInt(2)));
                        size = row.getLong(3);
                    }
                }
            }
            if (copy.isPresent() && writeParts(tx, batchId, target) != size) {
                throw new IllegalStateException("the stored upload of import batch " + batchId + " is incomplete");
            }
            db.commit();
            return copy;
        } catch (SQLException e) {
            throw new IllegalStateException("reading a stored upload failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static long writeParts(Connection tx, UUID batchId, Path target) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement(
                "SELECT data FROM ledger_import_upload_part WHERE batch_id = ? ORDER BY part");
             OutputStream out = Files.newOutputStream(target)) {
            // A cursor (the transaction is open): one part in memory at a time.
            query.setFetchSize(1);
            query.setObject(1, batchId);
            long written = 0;
            try (ResultSet part = query.executeQuery()) {
                while (part.next()) {
                    byte[] data = part.getBytes(1);
                    out.write(data);
                    written += data.length;
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("writing a stored upload to the local disk failed", e);
        }
    }

    /** Deletes the batch's copy, if it has one. */
    public void delete(PrefectureCode tenant, UUID batchId) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant)) {
            delete(db.begin(), batchId);
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting a stored upload failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static void delete(Connection tx, UUID batchId) throws SQLException {
        try (PreparedStatement delete = tx.prepareStatement("DELETE FROM ledger_import_upload WHERE batch_id = ?")) {
            delete.setObject(1, batchId);
            delete.executeUpdate();
        }
    }

    /**
     * The tenant's batches that are unfinished (importing, or imported and not linked), have a stored copy, and whose
     * run lock no session holds: their node died (or their run failed) and no other node has taken them over yet.
     */
    public List<Orphan> orphans(PrefectureCode tenant) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant)) {
            Connection tx = db.begin();
            List<Orphan> orphans = new ArrayList<>();
            try (PreparedStatement query = tx.prepareStatement("SELECT b.id, b.disaster_id, b.cancel_requested_at IS NOT NULL"
                    + " FROM ledger_import_batch b JOIN ledger_import_upload u ON u.batch_id = b.id"
                    + " WHERE (b.status = 'RUNNING' OR (b.status = 'COMPLETED' AND b.linked_at IS NULL))"
                    + " AND NOT " + RunLock.heldSql("b.id") + " ORDER BY b.started_at");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    orphans.add(new Orphan(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getBoolean(3)));
                }
            }
            db.commit();
            return orphans;
        } catch (SQLException e) {
            throw new IllegalStateException("looking for imports to take over failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
