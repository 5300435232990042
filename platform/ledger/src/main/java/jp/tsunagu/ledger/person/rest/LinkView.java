package jp.tsunagu.ledger.person.rest;

import java.time.Instant;
import java.util.UUID;

import jp.tsunagu.ledger.person.RecordLink;

/** One decision that a record is about a person: by linkage or by staff, with score, evidence, who, when and why. */
public record LinkView(String id, String recordId, String personId, String decision, String state, Double score,
                       EvidenceView evidence, String candidatePersonId, String mergeId, String supersedesId,
                       String decidedBy, Instant decidedAt, Instant endedAt, String reason) {

    public static LinkView of(RecordLink link) {
        return new LinkView(link.id().toString(), link.recordId().toString(), link.personId().toString(),
                link.decision().name(), link.state().name(),
                link.score().isPresent() ? link.score().getAsDouble() : null,
                EvidenceView.parse(link.evidence()).orElse(null),
                link.candidatePersonId().map(UUID::toString).orElse(null),
                link.mergeId().map(UUID::toString).orElse(null), link.supersedesId().map(UUID::toString).orElse(null),
                link.decidedBy().username(), link.decidedAt(), link.endedAt().orElse(null), link.reason().orElse(null));
    }
}
