package jp.tsunagu.ledger.review;

import java.time.Instant;
import java.util.UUID;

import jp.tsunagu.ledger.person.PersonMerge;
import jp.tsunagu.ledger.person.RecordLink;
import jp.tsunagu.ledger.person.ReviewDecisions;

/** What a review decision did: whose the record is now, the merge if one was made, who decided, when and why. */
public record DecisionView(String review, String decision, String recordId, String personId, String linkId,
                           String mergeId, String decidedBy, Instant decidedAt, String reason) {

    static DecisionView of(UUID review, ReviewDecisionRequest.Answer answer, ReviewDecisions.Decided decided) {
        RecordLink link = decided.link();
        return new DecisionView(review.toString(), answer.wireName(), link.recordId().toString(),
                link.personId().toString(), link.id().toString(),
                decided.merge().map(PersonMerge::id).map(UUID::toString).orElse(null), link.decidedBy().username(),
                link.decidedAt(), link.reason().orElse(null));
    }
}
