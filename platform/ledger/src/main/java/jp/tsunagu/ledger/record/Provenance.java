package jp.tsunagu.ledger.record;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;

/**
 * Where a source record came from: its kind, the import batch, file and row (for imported rows), who brought it in
 * and when, and when what it says was observed (a visit's date, a roster's as-of time), if the source said.
 */
public record Provenance(SourceKind kind, Optional<UUID> batchId, Optional<String> fileName, Optional<Long> rowNumber,
                         Actor receivedBy, Instant receivedAt, Optional<Instant> observedAt) {

    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rowNumber, "rowNumber");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    public static Provenance imported(SourceKind kind, UUID batchId, String fileName, long rowNumber, Actor by,
                                      Instant at, Optional<Instant> observedAt) {
        return new Provenance(kind, Optional.of(batchId), Optional.of(fileName), Optional.of(rowNumber), by, at, observedAt);
    }

    /** A record entered by hand: a staff correction or a portal submission; observed when received. */
    public static Provenance entered(SourceKind kind, Actor by, Instant at) {
        return new Provenance(kind, Optional.empty(), Optional.empty(), Optional.empty(), by, at, Optional.of(at));
    }

    /** The time the record speaks for: when observed if the source said, else when received. */
    public Instant effectiveAt() {
        return observedAt.orElse(receivedAt);
    }
}
