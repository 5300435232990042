package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * A plain JDBC connection that the import job holds for its whole run, with local transactions, each bound to the
 * job's tenant the same way {@code TenantSchemaBinding} binds JPA transactions: a transaction-local search_path, gone
 * at commit or rollback. The job's tenant comes from its request, never from a thread.
 */
final class TenantConnection implements AutoCloseable {

    private final Connection connection;
    private final String searchPath;

    TenantConnection(Connection connection, PrefectureCode tenant) throws SQLException {
        this.connection = connection;
        this.searchPath = TenantSchema.of(tenant).searchPath();
        connection.setAutoCommit(false);
    }

    /** Binds the transaction that starts now to the tenant; call at the start of each transaction. */
    Connection begin() throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            bind.setString(1, searchPath);
            bind.execute();
        }
        // A server crash may lose the last chunks committed this way, but their checkpoint goes with them (same
        // transaction), so the job resumes before them: durability per chunk is not needed, and waiting for it is slow.
        try (PreparedStatement relaxed = connection.prepareStatement("SET LOCAL synchronous_commit TO off")) {
            relaxed.execute();
        }
        return connection;
    }

    void commit() throws SQLException {
        connection.commit();
    }

    /** Commits after the write-ahead log reached the disk, for what must survive a crash of the database server. */
    void commitDurably() throws SQLException {
        try (PreparedStatement durable = connection.prepareStatement("SET LOCAL synchronous_commit TO on")) {
            durable.execute();
        }
        connection.commit();
    }

    void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; nothing more to undo
        }
    }

    Connection raw() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        rollbackQuietly();
        connection.close();
    }
}
