package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Rebuilds the person summaries a migration left outdated (table {@code ledger_summary_rebuild_due}), one disaster
 * at a time, each under a session advisory lock so that the nodes of a cluster starting together do it once. A
 * disaster leaves the list only when its rebuild committed; one that failed is tried again at the next start.
 */
public final class SummaryRebuildsDue {

    private static final Logger LOG = Logger.getLogger(SummaryRebuildsDue.class.getName());
    /** First half of the advisory lock's key: "summary rebuild"; the second is the disaster's. */
    private static final int LOCK_CLASS = 0x53524244;

    private final DataSource dataSource;
    private final PersonSummaryRebuild rebuild;

    public SummaryRebuildsDue(DataSource dataSource, PersonSummaries summaries) {
        this.dataSource = dataSource;
        this.rebuild = new PersonSummaryRebuild(dataSource, summaries);
    }

    /** @return how many disasters' summaries this call rebuilt */
    public int rebuildDue(PrefectureCode tenant) {
        String schema = TenantSchema.of(tenant).name();
        int rebuilt = 0;
        try (Connection lockHolder = dataSource.getConnection()) {
            lockHolder.setAutoCommit(true);
            for (UUID disaster : due(lockHolder, schema)) {
                if (!tryLock(lockHolder, disaster)) {
                    continue; // another node is on it
                }
                try {
                    if (stillDue(lockHolder, schema, disaster)) {
                        long persons = rebuild.rebuild(tenant, disaster);
                        settle(lockHolder, schema, disaster);
                        rebuilt++;
                        LOG.info(() -> "Person summaries of a disaster of tenant " + tenant + " rebuilt: " + persons + " persons");
                    }
                } finally {
                    unlock(lockHolder, disaster);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rebuilding outdated person summaries failed (SQL state " + e.getSQLState() + ")", e);
        }
        return rebuilt;
    }

    private static List<UUID> due(Connection db, String schema) throws SQLException {
        List<UUID> due = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT disaster_id FROM " + table(schema) + " ORDER BY disaster_id")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return due;
    }

    private static boolean stillDue(Connection db, String schema, UUID disaster) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM " + table(schema) + " WHERE disaster_id = ?")) {
            query.setObject(1, disaster);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void settle(Connection db, String schema, UUID disaster) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table(schema) + " WHERE disaster_id = ?")) {
            delete.setObject(1, disaster);
            delete.executeUpdate();
        }
    }

    /** Named with its (checked) schema: this connection runs in autocommit, so it has no transaction-local search path. */
    private static String table(String schema) {
        return schema + ".ledger_summary_rebuild_due";
    }

    private static boolean tryLock(Connection db, UUID disaster) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, disaster.hashCode());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection db, UUID disaster) throws SQLException {
        try (PreparedStatement unlock = db.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LOCK_CLASS);
            unlock.setInt(2, disaster.hashCode());
            unlock.execute();
        }
    }
}
