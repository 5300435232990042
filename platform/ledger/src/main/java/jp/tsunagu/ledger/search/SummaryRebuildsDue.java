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
 * at a time. The disaster's row is its own claim: locked ({@code FOR UPDATE SKIP LOCKED}) by a transaction that stays
 * open while the rebuild runs on other connections, so the nodes of a cluster starting together do it once, and
 * deleted in that transaction when the rebuild is done. A rebuild that fails rolls back and leaves the row for the
 * next start.
 */
public final class SummaryRebuildsDue {

    private static final Logger LOG = Logger.getLogger(SummaryRebuildsDue.class.getName());

    private final DataSource dataSource;
    private final PersonSummaryRebuild rebuild;

    public SummaryRebuildsDue(DataSource dataSource, PersonSummaries summaries) {
        this.dataSource = dataSource;
        this.rebuild = new PersonSummaryRebuild(dataSource, summaries);
    }

    /** @return how many disasters' summaries this call rebuilt */
    public int rebuildDue(PrefectureCode tenant) {
        // Named with its (checked) schema: the claiming transaction binds no search path.
        String table = TenantSchema.of(tenant).name() + ".ledger_summary_rebuild_due";
        int rebuilt = 0;
        try (Connection claims = dataSource.getConnection()) {
            claims.setAutoCommit(false);
            for (UUID disaster : due(claims, table)) {
                try {
                    if (claim(claims, table, disaster)) {
                        long persons = rebuild.rebuild(tenant, disaster);
                        settle(claims, table, disaster);
                        rebuilt++;
                        LOG.info(() -> "Person summaries of a disaster of tenant " + tenant + " rebuilt: " + persons + " persons");
                    }
                    claims.commit();
                } catch (SQLException | RuntimeException e) {
                    claims.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rebuilding outdated person summaries failed (SQL state " + e.getSQLState() + ")", e);
        }
        return rebuilt;
    }

    private static List<UUID> due(Connection db, String table) throws SQLException {
        List<UUID> due = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT disaster_id FROM " + table + " ORDER BY disaster_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                due.add(rows.getObject(1, UUID.class));
            }
        }
        db.commit();
        return due;
    }

    /** False when another node holds the row, or it is gone (that node finished). */
    private static boolean claim(Connection db, String table, UUID disaster) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT 1 FROM " + table + " WHERE disaster_id = ? FOR UPDATE SKIP LOCKED")) {
            query.setObject(1, disaster);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void settle(Connection db, String table, UUID disaster) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE disaster_id = ?")) {
            delete.setObject(1, disaster);
            delete.executeUpdate();
        }
    }
}
