package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Cancels an import that is running, through the database so that it works whichever node runs it: the job sees the
 * request at its next checkpoint and stops there (the rows stored so far stay; the same file resumes later). A batch
 * whose run died (no node holds its {@link RunLock}) is marked cancelled at once. Runs on the caller's tenant-bound
 * transaction.
 */
public final class ImportCancellation {

    private ImportCancellation() {
    }

    /** False when the batch's import is not running (finished, failed or cancelled before). */
    public static boolean request(Connection db, UUID batchId, Instant at) throws SQLException {
        try (PreparedStatement orphaned = db.prepareStatement("UPDATE ledger_import_batch b SET status = 'FAILED',"
                + " failure = '" + StoredBatch.CANCELLED + "', finished_at = ? WHERE b.id = ? AND b.status = 'RUNNING'"
                + " AND NOT " + RunLock.heldSql("b.id"))) {
            orphaned.setTimestamp(1, Timestamp.from(at));
            orphaned.setObject(2, batchId);
            if (orphaned.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement asked = db.prepareStatement("UPDATE ledger_import_batch SET cancel_requested_at = ?"
                + " WHERE id = ? AND status = 'RUNNING'")) {
            asked.setTimestamp(1, Timestamp.from(at));
            asked.setObject(2, batchId);
            return asked.executeUpdate() == 1;
        }
    }
}
