package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * What linkage decided for the stored records of a batch: linked to a person known before, a new person, a new person
 * with a candidate for review; and how many records are not linked yet. Read from the links themselves, so the counts
 * hold whichever node linked and however often linking was resumed; later staff decisions do not change them.
 */
public record BatchLinkage(long linked, long created, long forReview, long unlinked) {

    public static BatchLinkage of(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT"
                + " count(*) FILTER (WHERE l.decision = 'LINKED'), count(*) FILTER (WHERE l.decision = 'NEW'),"
                + " count(*) FILTER (WHERE l.decision = 'REVIEW'),"
                + " (SELECT count(*) FROM ledger_source_record u WHERE u.batch_id = ? AND NOT EXISTS"
                + "   (SELECT 1 FROM ledger_record_link a WHERE a.record_id = u.id AND a.state = 'ACTIVE'))"
                + " FROM ledger_record_link l JOIN ledger_source_record r ON r.id = l.record_id WHERE r.batch_id = ?")) {
            query.setObject(1, batchId);
            query.setObject(2, batchId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new BatchLinkage(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
            }
        }
    }
}
