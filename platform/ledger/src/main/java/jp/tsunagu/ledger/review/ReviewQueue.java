package jp.tsunagu.ledger.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import jp.tsunagu.ledger.access.PersonScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import jp.tsunagu.ledger.person.LinkDecision;
import jp.tsunagu.ledger.person.LinkState;
import jp.tsunagu.ledger.person.RecordLink;

/**
 * The open reviews of a disaster's ledger: links linkage was unsure about (decision REVIEW, a candidate named) that are
 * still the record's current link, oldest first, so the longest-waiting are decided first. A caller sees the reviews
 * whose record's person or candidate is in their {@link PersonScope}: a home municipality decides whether an unsure
 * record is about its resident, so it sees the record beside its resident's entry.
 */
@ApplicationScoped
public class ReviewQueue {

    private static final String OPEN = " from RecordLink l where l.disasterId = :disaster and l.decision = :review"
            + " and l.state = :active and l.candidatePersonId is not null";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public List<RecordLink> page(UUID disasterId, PersonScope scope, int page, int size) {
        if (!scope.everyone()) {
            List<UUID> ids = scoped(disasterId, scope, "SELECT l.id", " ORDER BY l.decided_at, l.id LIMIT " + size
                    + " OFFSET " + ((long) page * size), UUID.class);
            return ids.stream().map(id -> em.find(RecordLink.class, id)).toList();
        }
        return bind(em.createQuery("select l" + OPEN + " order by l.decidedAt, l.id", RecordLink.class), disasterId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(UUID disasterId, PersonScope scope) {
        if (!scope.everyone()) {
            return scoped(disasterId, scope, "SELECT count(*)", "", Long.class).getFirst();
        }
        return bind(em.createQuery("select count(l)" + OPEN, Long.class), disasterId).getSingleResult();
    }

    // The scope's condition, once for the record's person and once for the candidate; values are bound, sizes are ints.
    private <T> List<T> scoped(UUID disasterId, PersonScope scope, String select, String tail, Class<T> type) {
        String sql = select + " FROM ledger_record_link l WHERE l.disaster_id = ? AND l.decision = 'REVIEW'"
                + " AND l.state = 'ACTIVE' AND l.candidate_person_id IS NOT NULL"
                + " AND (EXISTS (SELECT 1 FROM ledger_person_summary s WHERE s.person_id = l.person_id AND " + scope.sql() + ")"
                + " OR EXISTS (SELECT 1 FROM ledger_person_summary s WHERE s.person_id = l.candidate_person_id AND "
                + scope.sql() + "))" + tail;
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, disasterId);
            scope.bind(db, query, scope.bind(db, query, 2));
            List<T> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getObject(1, type));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the review queue failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, UUID disasterId) {
        return query.setParameter("disaster", disasterId)
                .setParameter("review", LinkDecision.REVIEW)
                .setParameter("active", LinkState.ACTIVE);
    }
}
