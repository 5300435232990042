package jp.tsunagu.ledger.person;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * A staff member's answer to a review (linkage was unsure whether a record's person is the candidate):
 * <ul>
 * <li><b>same person</b>: the record's person is merged into the candidate, who survives. A merge rather than moving
 *     the one record, because everything linked to the record's person since (later records that matched it, staff
 *     corrections) is about the same person, and because a merge can be undone exactly: undoing it reopens the review.
 *     If the candidate was merged into someone else meanwhile, the record's person joins that surviving person.</li>
 * <li><b>different persons</b>: the record stays with its own person by a confirmed link, which closes the review.</li>
 * </ul>
 * Both are recorded with who, when and why. A review is decided once; deciding it again is a conflict.
 */
@ApplicationScoped
public class ReviewDecisions {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    LedgerPersons persons;

    @Inject
    Clock clock;

    protected ReviewDecisions() {
    }

    /** For code outside CDI (tests, tools). */
    public ReviewDecisions(EntityManager em, LedgerPersons persons, Clock clock) {
        this.em = em;
        this.persons = persons;
        this.clock = clock;
    }

    /** What a decision did: the link now current for the record, and the merge if one was made. */
    public record Decided(RecordLink link, Optional<PersonMerge> merge) {
    }

    public RecordLink requireReview(UUID disasterId, UUID linkId) {
        return Optional.ofNullable(em.find(RecordLink.class, linkId))
                .filter(l -> l.disasterId().equals(disasterId) && l.decision() == LinkDecision.REVIEW
                        && l.candidatePersonId().isPresent())
                .orElseThrow(() -> new NotFoundException("no review with this id in this disaster"));
    }

    public Decided samePerson(UUID disasterId, UUID linkId, String reason, Actor by) {
        RecordLink review = requireOpen(disasterId, linkId);
        Person candidate = persons.current(disasterId, review.candidatePersonId().orElseThrow());
        if (candidate.id().equals(review.personId())) {
            // The candidate was merged into the record's own person already: nothing is left to merge.
            return new Decided(confirm(review, reason, by), Optional.empty());
        }
        PersonMerge merge = persons.merge(disasterId, candidate.id(), review.personId(), review.score(),
                review.evidence(), reason, by);
        RecordLink current = em.createQuery("select l from RecordLink l where l.supersedesId = :review", RecordLink.class)
                .setParameter("review", review.id())
                .getSingleResult();
        return new Decided(current, Optional.of(merge));
    }

    public Decided differentPersons(UUID disasterId, UUID linkId, String reason, Actor by) {
        return new Decided(confirm(requireOpen(disasterId, linkId), reason, by), Optional.empty());
    }

    private RecordLink confirm(RecordLink review, String reason, Actor by) {
        RecordLink kept = review.confirmOwnPerson(reason, by, clock.instant());
        em.flush();
        em.persist(kept);
        em.flush();
        persons.refreshSummaries(kept.personId());
        return kept;
    }

    private RecordLink requireOpen(UUID disasterId, UUID linkId) {
        RecordLink review = requireReview(disasterId, linkId);
        if (!review.isActive()) {
            throw new LedgerConflictException("the review was decided already (its record's link was ended "
                    + review.endedAt().map(Object::toString).orElse("earlier") + ")");
        }
        return review;
    }
}
