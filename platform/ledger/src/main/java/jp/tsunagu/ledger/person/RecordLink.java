package jp.tsunagu.ledger.person;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.record.NullableUuidColumn;
import jp.tsunagu.ledger.audit.Actor;

/**
 * That a source record is about a person, decided by whom, when, on what score and evidence. A record has at most one
 * ACTIVE link; moving it creates a new link that supersedes the old one, and undoing the move reactivates the old one,
 * so every earlier state can be restored exactly. Evidence names compared items and their agreement, never values.
 */
@Entity
@Table(name = "ledger_record_link")
public class RecordLink {

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkDecision decision;

    @Column(name = "score")
    private Double score;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Convert(converter = NullableUuidColumn.class)
    @Column(name = "candidate_person_id")
    private UUID candidatePersonId;

    @Convert(converter = NullableUuidColumn.class)
    @Column(name = "merge_id")
    private UUID mergeId;

    @Convert(converter = NullableUuidColumn.class)
    @Column(name = "supersedes_id")
    private UUID supersedesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkState state;

    @Column(name = "decided_by_subject", nullable = false, length = 100)
    private String decidedBySubject;

    @Column(name = "decided_by_username", nullable = false, length = 200)
    private String decidedByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Version
    private long version;

    protected RecordLink() {
    }

    private RecordLink(UUID disasterId, UUID recordId, UUID personId, LinkDecision decision, OptionalDouble score,
                       Optional<String> evidence, Actor by, Instant at) {
        this.id = UUID.randomUUID();
        this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.personId = Objects.requireNonNull(personId, "personId");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.score = score.isPresent() ? score.getAsDouble() : null;
        this.evidence = evidence.orElse(null);
        this.state = LinkState.ACTIVE;
        this.decidedBySubject = by.subject();
        this.decidedByUsername = by.username();
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    /** The first link of a record: linkage's decision (LINKED, NEW) or a staff member's. */
    public static RecordLink first(UUID disasterId, UUID recordId, UUID personId, LinkDecision decision,
                                   OptionalDouble score, Optional<String> evidence, Actor by, Instant at) {
        if (decision == LinkDecision.MERGED || decision == LinkDecision.REVIEW) {
            throw new IllegalArgumentException(decision + " links come from merges and reviews, not as a first link");
        }
        return new RecordLink(disasterId, recordId, personId, decision, score, evidence, by, at);
    }

    /** A record linkage was unsure about: it gets its own person, and the candidate is kept for a staff decision. */
    public static RecordLink forReview(UUID disasterId, UUID recordId, UUID ownPersonId, UUID candidatePersonId,
                                       double score, Optional<String> evidence, Actor by, Instant at) {
        RecordLink link = new RecordLink(disasterId, recordId, ownPersonId, LinkDecision.REVIEW, OptionalDouble.of(score),
                evidence, by, at);
        link.candidatePersonId = Objects.requireNonNull(candidatePersonId, "candidatePersonId");
        return link;
    }

    /** Moves the record to another person: this link is superseded by the returned one. */
    RecordLink moveTo(UUID otherPersonId, LinkDecision decision, Optional<UUID> mergeId, OptionalDouble score,
                      Optional<String> evidence, Optional<String> reason, Actor by, Instant at) {
        requireActive();
        RecordLink next = new RecordLink(disasterId, recordId, otherPersonId, decision, score, evidence, by, at);
        next.mergeId = mergeId.orElse(null);
        next.supersedesId = id;
        next.reason = reason.orElse(null);
        state = LinkState.SUPERSEDED;
        endedAt = at;
        return next;
    }

    /**
     * A staff member decided this review: the record stays with its own person, now by a CONFIRMED link that supersedes
     * this one (usually because it is not the candidate). The candidate stays on the new link, so the decision can be
     * read back against whom it was made. A review is decided once: a second decision finds this link no longer active
     * and is refused.
     */
    RecordLink confirmOwnPerson(String reason, Actor by, Instant at) {
        if (decision != LinkDecision.REVIEW) {
            throw new IllegalStateException("only a review is decided");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a review decision gives its reason");
        }
        if (state != LinkState.ACTIVE) {
            throw new LedgerConflictException("the review was decided already");
        }
        RecordLink next = moveTo(personId, LinkDecision.CONFIRMED, Optional.empty(), score(), evidence(),
                Optional.of(reason.strip()), by, at);
        next.candidatePersonId = candidatePersonId;
        return next;
    }

    /** Ends this link as undone; the caller reactivates the link it superseded, if any. */
    void undo(Instant at) {
        requireActive();
        state = LinkState.UNDONE;
        endedAt = at;
    }

    /** Makes a superseded link current again, because the link that superseded it was undone. */
    void reactivate() {
        if (state != LinkState.SUPERSEDED) {
            throw new LedgerConflictException("only a superseded link can become current again");
        }
        state = LinkState.ACTIVE;
        endedAt = null;
    }

    private void requireActive() {
        if (state != LinkState.ACTIVE) {
            throw new LedgerConflictException("the link is not the record's current link any more");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID recordId() {
        return recordId;
    }

    public UUID personId() {
        return personId;
    }

    public LinkDecision decision() {
        return decision;
    }

    public OptionalDouble score() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    public Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    public Optional<UUID> candidatePersonId() {
        return Optional.ofNullable(candidatePersonId);
    }

    public Optional<UUID> mergeId() {
        return Optional.ofNullable(mergeId);
    }

    public Optional<UUID> supersedesId() {
        return Optional.ofNullable(supersedesId);
    }

    public LinkState state() {
        return state;
    }

    public boolean isActive() {
        return state == LinkState.ACTIVE;
    }

    public Actor decidedBy() {
        return new Actor(decidedBySubject, decidedByUsername);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** Why a staff member decided this link; linkage's own links have none. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** An open review: linkage was unsure, the candidate is named and nobody has decided yet. */
    public boolean isOpenReview() {
        return decision == LinkDecision.REVIEW && state == LinkState.ACTIVE && candidatePersonId != null;
    }

    public UUID disasterId() {
        return disasterId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordLink that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "RecordLink[" + recordId + " -> " + personId + ", " + decision + ", " + state + "]";
    }
}
