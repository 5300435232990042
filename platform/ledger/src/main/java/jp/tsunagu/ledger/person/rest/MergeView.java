package jp.tsunagu.ledger.person.rest;

import java.time.Instant;
import java.util.List;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.PersonMerge;
import jp.tsunagu.ledger.person.RecordLink;

/** A merge: who survived, who was absorbed, on what score and evidence, by whom, when, why; and its undoing. */
public record MergeView(String id, String survivorId, String absorbedId, Double score, EvidenceView evidence,
                        String reason, String decidedBy, Instant decidedAt, String undoneBy, Instant undoneAt,
                        String undoReason, List<String> records) {

    /** {@code created}: the links the merge made, one per record it moved. */
    static MergeView of(PersonMerge merge, List<RecordLink> created) {
        return new MergeView(merge.id().toString(), merge.survivorId().toString(), merge.absorbedId().toString(),
                merge.score().isPresent() ? merge.score().getAsDouble() : null,
                EvidenceView.parse(merge.evidence()).orElse(null), merge.reason().orElse(null),
                merge.decidedBy().username(), merge.decidedAt(), merge.undoneBy().map(Actor::username).orElse(null),
                merge.undoneAt().orElse(null), merge.undoReason().orElse(null),
                created.stream().map(l -> l.recordId().toString()).toList());
    }
}
