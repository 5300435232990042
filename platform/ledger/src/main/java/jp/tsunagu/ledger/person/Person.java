package jp.tsunagu.ledger.person;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.record.NullableUuidColumn;

/**
 * A person in the ledger of one disaster: an identity only. Everything the ledger says about them is derived from
 * the source records linked to them (see {@code view.LedgerViewDerivation}). A person merged into another is
 * absorbed (and comes back if the merge is undone); persons are never deleted.
 */
@Entity
@Table(name = "ledger_person")
public class Person {

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Convert(converter = NullableUuidColumn.class)
    @Column(name = "absorbed_by_merge_id")
    private UUID absorbedByMergeId;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(UUID id, UUID disasterId, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Person create(UUID disasterId, Instant at) {
        return new Person(UUID.randomUUID(), disasterId, at);
    }

    void absorbInto(PersonMerge merge) {
        if (!isActive()) {
            throw new LedgerConflictException("the person was merged into another already");
        }
        absorbedByMergeId = merge.id();
    }

    void restoreFrom(PersonMerge merge) {
        if (!merge.id().equals(absorbedByMergeId)) {
            throw new LedgerConflictException("the person was not absorbed by this merge");
        }
        absorbedByMergeId = null;
    }

    public boolean isActive() {
        return absorbedByMergeId == null;
    }

    public Optional<UUID> absorbedBy() {
        return Optional.ofNullable(absorbedByMergeId);
    }

    public UUID id() {
        return id;
    }

    public UUID disasterId() {
        return disasterId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Person[" + id + (isActive() ? "" : ", absorbed") + "]";
    }
}
