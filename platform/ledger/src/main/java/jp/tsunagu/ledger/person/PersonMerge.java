package jp.tsunagu.ledger.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.audit.Actor;

/**
 * Two persons found to be one (名寄せ): the absorbed person's records move to the survivor, each by a new link that
 * supersedes its old one. Undoing the merge undoes exactly those links, reactivates exactly the links they superseded
 * and brings the absorbed person back, so the ledger is as it was before. A merge that later changes build on (one of
 * its links was moved again, or the survivor was merged on) cannot be undone until those are undone first.
 */
@Entity
@Table(name = "ledger_person_merge")
public class PersonMerge {

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "survivor_id", nullable = false)
    private UUID survivorId;

    @Column(name = "absorbed_id", nullable = false)
    private UUID absorbedId;

    @Column(name = "score")
    private Double score;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Column(name = "decided_by_subject", nullable = false, length = 100)
    private String decidedBySubject;

    @Column(name = "decided_by_username", nullable = false, length = 200)
    private String decidedByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "undone_by_subject", length = 100)
    private String undoneBySubject;

    @Column(name = "undone_by_username", length = 200)
    private String undoneByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "undo_reason", length = 1000)
    private String undoReason;

    @Version
    private long version;

    protected PersonMerge() {
    }

    /** What a merge produced: the merge record and the new links of the records that moved. */
    public record Merged(PersonMerge merge, List<RecordLink> newLinks) {
    }

    /**
     * Merges {@code absorbed} into {@code survivor}. {@code absorbedLinks} must be the absorbed person's active links,
     * all of them; they are superseded here. A merge is a staff decision and says why.
     */
    public static Merged perform(Person survivor, Person absorbed, Collection<RecordLink> absorbedLinks,
                                 OptionalDouble score, Optional<String> evidence, String reason, Actor by, Instant at) {
        requireReason(reason);
        if (survivor.equals(absorbed)) {
            throw new LedgerConflictException("a person cannot be merged with themself");
        }
        if (!survivor.disasterId().equals(absorbed.disasterId())) {
            throw new LedgerConflictException("persons of different disasters cannot be merged");
        }
        if (!survivor.isActive()) {
            throw new LedgerConflictException("the surviving person was merged into another already");
        }
        PersonMerge merge = new PersonMerge();
        merge.id = UUID.randomUUID();
        merge.disasterId = survivor.disasterId();
        merge.survivorId = survivor.id();
        merge.absorbedId = absorbed.id();
        merge.score = score.isPresent() ? score.getAsDouble() : null;
        merge.evidence = evidence.orElse(null);
        merge.decidedBySubject = by.subject();
        merge.decidedByUsername = by.username();
        merge.decidedAt = Objects.requireNonNull(at, "at");
        merge.reason = reason.strip();
        absorbed.absorbInto(merge);
        List<RecordLink> moved = new ArrayList<>();
        for (RecordLink link : absorbedLinks) {
            if (!link.personId().equals(absorbed.id()) || !link.isActive()) {
                throw new IllegalArgumentException("only the absorbed person's active links move in a merge");
            }
            moved.add(link.moveTo(survivor.id(), LinkDecision.MERGED, Optional.of(merge.id), score, evidence,
                    Optional.of(merge.reason), by, at));
        }
        return new Merged(merge, List.copyOf(moved));
    }

    /**
     * Undoes this merge. {@code createdLinks} are all links this merge created; {@code superseded} the links they
     * superseded, by id.
     */
    public void undo(Person absorbed, Collection<RecordLink> createdLinks, Map<UUID, RecordLink> superseded,
                     String reason, Actor by, Instant at) {
        requireReason(reason);
        if (isUndone()) {
            throw new LedgerConflictException("the merge was undone already");
        }
        if (!absorbed.id().equals(absorbedId)) {
            throw new IllegalArgumentException("that is not the person this merge absorbed");
        }
        for (RecordLink link : createdLinks) {
            if (!link.mergeId().map(id::equals).orElse(false)) {
                throw new IllegalArgumentException("a link that this merge did not create");
            }
            if (!link.isActive()) {
                throw new LedgerConflictException("a record of this merge was moved again: undo that first");
            }
        }
        for (RecordLink link : createdLinks) {
            RecordLink previous = superseded.get(link.supersedesId().orElseThrow());
            if (previous == null) {
                throw new IllegalArgumentException("the superseded link of a merged record is missing");
            }
            link.undo(at);
            previous.reactivate();
        }
        absorbed.restoreFrom(this);
        undoneBySubject = by.subject();
        undoneByUsername = by.username();
        undoneAt = at;
        undoReason = reason.strip();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a merge and its undoing give their reason");
        }
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID disasterId() {
        return disasterId;
    }

    public UUID survivorId() {
        return survivorId;
    }

    public UUID absorbedId() {
        return absorbedId;
    }

    public OptionalDouble score() {
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    public Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    public Actor decidedBy() {
        return new Actor(decidedBySubject, decidedByUsername);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<Actor> undoneBy() {
        return undoneBySubject == null ? Optional.empty() : Optional.of(new Actor(undoneBySubject, undoneByUsername));
    }

    public Optional<Instant> undoneAt() {
        return Optional.ofNullable(undoneAt);
    }

    /** Why the persons were found to be one (null only for merges made before reasons were recorded). */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> undoReason() {
        return Optional.ofNullable(undoReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonMerge that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PersonMerge[" + absorbedId + " into " + survivorId + (isUndone() ? ", undone" : "") + "]";
    }
}
