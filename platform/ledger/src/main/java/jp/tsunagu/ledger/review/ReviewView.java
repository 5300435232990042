package jp.tsunagu.ledger.review;

import java.time.Instant;
import java.util.List;

import jp.tsunagu.ledger.person.rest.EvidenceView;
import jp.tsunagu.ledger.person.rest.PersonDetail;
import jp.tsunagu.ledger.person.rest.RecordView;

/**
 * One open review side by side: the record linkage was unsure about, its score and evidence (the agreement level of
 * each compared item), and the ledger entries of the record's own person and of the candidate. {@code candidate} is
 * the person the candidate is now (the surviving person if the proposed one was merged since).
 */
public record ReviewView(String id, Double score, EvidenceView evidence, String flaggedBy, Instant flaggedAt,
                         RecordView record, String proposedCandidateId, PersonDetail person, PersonDetail candidate) {

    /** A page of open reviews, oldest first, and how many are open in all. */
    public record Page(List<ReviewView> reviews, int page, int size, long total) {
    }
}
