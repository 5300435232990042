package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A tenant's imports as figures, from the database (the same on every node): imports whose rows are being read now
 * (a run holds the batch), imports left unfinished that no node runs, and the rows read by all its imports so far,
 * which grows while any import makes progress. Counts only: nothing of a file or a row.
 */
public record ImportLoad(long running, long interrupted, long rowsRead) {

    public static ImportLoad of(DataSource dataSource, PrefectureCode tenant) {
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), tenant)) {
            Connection tx = db.begin();
            try (PreparedStatement query = tx.prepareStatement("SELECT"
                    + " count(*) FILTER (WHERE status = 'RUNNING' AND held),"
                    + " count(*) FILTER (WHERE (status = 'RUNNING' OR (status = 'COMPLETED' AND linked_at IS NULL)) AND NOT held),"
                    + " coalesce(sum(rows_read), 0)"
                    + " FROM (SELECT b.status, b.linked_at, b.rows_read, " + RunLock.heldSql("b.id") + " AS held"
                    + " FROM ledger_import_batch b) batches");
                 ResultSet row = query.executeQuery()) {
                row.next();
                ImportLoad load = new ImportLoad(row.getLong(1), row.getLong(2), row.getLong(3));
                db.commit();
                return load;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting a tenant's imports failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
