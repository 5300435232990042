package jp.tsunagu.audit.trail;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chain in one tenant schema, through the caller's connection (bound to the tenant, inside its transaction).
 * Appending locks the head row ({@code SELECT … FOR UPDATE}): concurrent appends of the tenant (from any node) queue
 * on it for the statements of the append and its commit, and each sees the head the previous one left. Other tenants' chains are
 * other rows in other schemas, so they never wait for each other.
 */
public final class ChainStore {

    public static final String COLUMNS = "seq, recorded_at, chain, actor_subject, actor_username, actor_tenant,"
            + " actor_capacity, actor_roles, actor_scope, action, disaster, subjects, query, items, legal_basis,"
            + " outcome, refusal, reference, previous_hash, hash";

    private final Connection connection;

    public ChainStore(Connection connection) {
        this.connection = connection;
    }

    /** The head: seq and hash of the last entry (0 and {@link HashChain#GENESIS} for an empty chain). */
    public record Head(long seq, String hash) {
    }

    /** Appends {@code draft} (its seq and hashes are ignored) after the head and returns it sealed. */
    public AuditEntry append(AuditEntry draft) throws SQLException {
        return appendAll(List.of(draft)).getFirst();
    }

    /**
     * Appends the drafts in their order after the head, under one lock of the head row, and returns them sealed:
     * a batch costs one commit however many entries it holds ({@link GroupCommit}).
     */
    public List<AuditEntry> appendAll(List<AuditEntry> drafts) throws SQLException {
        if (connection.getAutoCommit()) {
            // The head's row lock lasts until the end of the transaction; in autocommit it would end at once.
            throw new IllegalStateException("an audit entry is appended inside a transaction");
        }
        Head head;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit chain has no head row: the schema was not migrated");
            }
            head = new Head(row.getLong(1), row.getString(2));
        }
        List<AuditEntry> sealed = new ArrayList<>(drafts.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry draft : drafts) {
                AuditEntry entry = draft.sealedAfter(head.seq(), head.hash());
                insert(insert, entry);
                insert.addBatch();
                head = new Head(entry.seq(), entry.hash());
                sealed.add(entry);
            }
            insert.executeBatch();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
            move.setLong(1, head.seq());
            move.setString(2, head.hash());
            move.executeUpdate();
        }
        return sealed;
    }

    private void insert(PreparedStatement insert, AuditEntry sealed) throws SQLException {
        int i = 0;
        insert.setLong(++i, sealed.seq());
        insert.setTimestamp(++i, Timestamp.from(sealed.recordedAt()));
        insert.setString(++i, sealed.chain());
        insert.setString(++i, sealed.actor().subject());
        insert.setString(++i, sealed.actor().username());
        text(insert, ++i, sealed.actor().tenant().orElse(null));
        insert.setString(++i, sealed.actor().capacity());
        insert.setString(++i, sealed.actor().roles());
        insert.setString(++i, sealed.actor().scope());
        insert.setString(++i, sealed.action());
        text(insert, ++i, sealed.disaster());
        insert.setArray(++i, connection.createArrayOf("text", sealed.subjects().toArray()));
        text(insert, ++i, sealed.query());
        text(insert, ++i, sealed.items());
        text(insert, ++i, sealed.basis());
        insert.setString(++i, sealed.outcome().name());
        text(insert, ++i, sealed.refusal());
        text(insert, ++i, sealed.reference());
        insert.setString(++i, sealed.previousHash());
        insert.setString(++i, sealed.hash());
    }

    public Head head() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getString(2)) : new Head(0, HashChain.GENESIS);
        }
    }

    /** Every entry in seq order, read in batches (the chain may be long). */
    public void each(Consumer<AuditEntry> visit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            query.setFetchSize(2000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visit.accept(read(rows));
                }
            }
        }
    }

    /** Walks the chain and reports the first broken link (docs/audit.md, "Verification"). */
    public ChainVerification verify() throws SQLException {
        ChainVerification.Walk walk = new ChainVerification.Walk();
        each(walk::next);
        return walk.end(head());
    }

    public static AuditEntry read(ResultSet row) throws SQLException {
        Array subjects = row.getArray("subjects");
        List<String> ids = subjects == null ? List.of()
                : Arrays.stream((Object[]) subjects.getArray()).map(String::valueOf).toList();
        AuditActor actor = new AuditActor(row.getString("actor_subject"), row.getString("actor_username"),
                Optional.ofNullable(row.getString("actor_tenant")), row.getString("actor_capacity"),
                row.getString("actor_roles"), row.getString("actor_scope"));
        Instant at = row.getTimestamp("recorded_at").toInstant();
        return new AuditEntry(row.getLong("seq"), at, row.getString("chain"), actor, row.getString("action"),
                row.getString("disaster"), ids, row.getString("query"), row.getString("items"),
                row.getString("legal_basis"), Outcome.valueOf(row.getString("outcome")), row.getString("refusal"),
                row.getString("reference"), row.getString("previous_hash"), row.getString("hash"));
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
