package jp.tsunagu.audit.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.tenants.figures.AccessLogFigures;

/** The access log's counts for the operator plane: how many entries, never which. Runs in a tenant transaction. */
@ApplicationScoped
public class AuditFigures implements AccessLogFigures {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Override
    public Counts countsInCurrentTenant() {
        // The head's seq is the number of entries (seqs have no gaps), without counting the table.
        try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement("SELECT"
                + " (SELECT seq FROM audit_chain_head WHERE id = 1),"
                + " (SELECT count(*) FROM audit_entry WHERE outcome = 'REFUSED'),"
                + " v.verified_at, v.intact FROM (SELECT 1) one LEFT JOIN"
                + " (SELECT verified_at, intact FROM audit_verification ORDER BY verified_at DESC LIMIT 1) v ON TRUE");
             ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp at = row.getTimestamp(3);
            boolean intact = row.getBoolean(4);
            return new Counts(row.getLong(1), row.getLong(2), Optional.ofNullable(at).map(Timestamp::toInstant),
                    at == null ? Optional.empty() : Optional.of(intact));
        } catch (SQLException e) {
            throw new IllegalStateException("the access log could not be counted", e);
        }
    }
}
