package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The claim of one run (import, then linking) of a batch: a PostgreSQL session-level advisory lock, held on a
 * connection of its own from the moment the run is admitted until it ends. Held by at most one session in the whole
 * cluster, so one node runs a batch at a time; visible to every node in {@code pg_locks}, so any node can tell a batch
 * that is running somewhere from one whose run died with its process (PostgreSQL drops the lock with the connection).
 *
 * <p>Keys use the two-integer form (namespace, hash of the batch id), apart from the import job's own one-bigint lock
 * on the batch, which the job takes on another connection while this lock is held.
 */
public final class RunLock implements AutoCloseable {

    /** The first key of every run lock: "TSUN" in ASCII, so other advisory locks do not collide with these. */
    static final int NAMESPACE = 0x5453_554E;

    private static final Logger LOG = Logger.getLogger(RunLock.class.getName());

    private final Connection connection;
    private final UUID batchId;
    private boolean closed;

    private RunLock(Connection connection, UUID batchId) {
        this.connection = connection;
        this.batchId = batchId;
    }

    /**
     * Takes the lock on the connection, which then belongs to the lock (closing the lock closes it); empty when another
     * session holds it, and the connection is left to the caller.
     */
    public static Optional<RunLock> tryAcquire(Connection connection, UUID batchId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            lock.setInt(1, NAMESPACE);
            lock.setString(2, batchId.toString());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                boolean locked = result.getBoolean(1);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return locked ? Optional.of(new RunLock(connection, batchId)) : Optional.empty();
            }
        }
    }

    /** An SQL expression: whether any session holds the run lock of the batch whose id is in {@code idColumn}. */
    static String heldSql(String idColumn) {
        return "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND l.classid = " + NAMESPACE + "::oid AND l.objid = hashtext(" + idColumn + "::text)::oid)";
    }

    public UUID batchId() {
        return batchId;
    }

    /** Releases the lock and gives the connection back; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            unlock.setInt(1, NAMESPACE);
            unlock.setString(2, batchId.toString());
            unlock.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // A connection that cannot run this is broken, and its session (with the lock) ends with it.
            LOG.warning(() -> "releasing the run lock of import batch " + batchId + " failed (SQL state " + e.getSQLState() + ")");
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more can be done with a connection that does not close
            }
        }
    }
}
