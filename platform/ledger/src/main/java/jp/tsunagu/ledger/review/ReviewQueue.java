package jp.tsunagu.ledger.review;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import jp.tsunagu.ledger.person.LinkDecision;
import jp.tsunagu.ledger.person.LinkState;
import jp.tsunagu.ledger.person.RecordLink;

/**
 * The open reviews of a disaster's ledger: links linkage was unsure about (decision REVIEW, a candidate named) that are
 * still the record's current link, oldest first, so the longest-waiting are decided first.
 */
@ApplicationScoped
public class ReviewQueue {

    private static final String OPEN = " from RecordLink l where l.disasterId = :disaster and l.decision = :review"
            + " and l.state = :active and l.candidatePersonId is not null";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public List<RecordLink> page(UUID disasterId, int page, int size) {
        return bind(em.createQuery("select l" + OPEN + " order by l.decidedAt, l.id", RecordLink.class), disasterId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(UUID disasterId) {
        return bind(em.createQuery("select count(l)" + OPEN, Long.class), disasterId).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, UUID disasterId) {
        return query.setParameter("disaster", disasterId)
                .setParameter("review", LinkDecision.REVIEW)
                .setParameter("active", LinkState.ACTIVE);
    }
}
