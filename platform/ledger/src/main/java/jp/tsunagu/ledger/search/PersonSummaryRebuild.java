package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Recomputes the summaries of every person of a disaster: after the migration that added them, for data that predates
 * them, or to repair. Walks the disaster's persons in id order, a page per transaction, through
 * {@link PersonSummaries#refresh}, so it holds a page's locks at a time, can run while the ledger is in use, and can
 * simply be run again if it stopped. Its own connection and transactions, like {@code LinkingRun}: the tenant is
 * explicit.
 */
public final class PersonSummaryRebuild {

    static final int PAGE = 5_000;

    private final DataSource dataSource;
    private final PersonSummaries summaries;

    public PersonSummaryRebuild(DataSource dataSource, PersonSummaries summaries) {
        this.dataSource = dataSource;
        this.summaries = summaries;
    }

    /** @return the number of persons whose summaries were recomputed (absorbed ones included: theirs are removed) */
    public long rebuild(PrefectureCode tenant, UUID disasterId) {
        String searchPath = TenantSchema.of(tenant).searchPath();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                long done = 0;
                UUID after = new UUID(0, 0); // the smallest uuid: no person has it
                while (true) {
                    bind(db, searchPath);
                    List<UUID> page = page(db, disasterId, after);
                    if (page.isEmpty()) {
                        db.commit();
                        return done;
                    }
                    summaries.refresh(db, page);
                    db.commit();
                    done += page.size();
                    after = page.get(page.size() - 1);
                }
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rebuilding person summaries failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static List<UUID> page(Connection db, UUID disasterId, UUID after) throws SQLException {
        List<UUID> page = new ArrayList<>(PAGE);
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM ledger_person WHERE disaster_id = ?"
                + " AND id > ? ORDER BY id LIMIT " + PAGE)) {
            query.setObject(1, disasterId);
            query.setObject(2, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    page.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return page;
    }

    private static void bind(Connection db, String searchPath) throws SQLException {
        try (PreparedStatement bind = db.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            bind.setString(1, searchPath);
            bind.execute();
        }
    }
}
