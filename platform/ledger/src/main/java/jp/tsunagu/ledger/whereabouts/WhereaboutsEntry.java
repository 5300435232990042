package jp.tsunagu.ledger.whereabouts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * One entry of a person's whereabouts history, traced to the record it comes from. {@code kind} is absent only for an
 * imported text that names no kind; {@code municipality} is absent when the place's municipality is not known.
 *
 * @param recordId     the source record (an imported row, a correction or a WHEREABOUTS_REPORT)
 * @param recordKind   that record's kind
 * @param source       how the entry reached the ledger
 * @param text         the 居所 as the record states it
 * @param observedAt   the time the entry speaks for (observed, else received)
 * @param receivedAt   when the ledger received it
 * @param recordedBy   who brought it in
 * @param actingFor    for whom they acted, for entries made through the API
 */
public record WhereaboutsEntry(UUID recordId, SourceKind recordKind, WhereaboutsSource source, Optional<WhereaboutsKind> kind,
                               String text, Optional<String> place, Optional<MunicipalityCode> municipality,
                               Instant observedAt, Instant receivedAt, Actor recordedBy, Optional<ActingFor> actingFor) {

    public WhereaboutsEntry {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(recordKind, "recordKind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(actingFor, "actingFor");
    }

    /** Nobody knows where the person is: the entry says so. */
    public boolean isUnknown() {
        return kind.filter(WhereaboutsKind.UNKNOWN::equals).isPresent();
    }

    @Override
    public String toString() {
        return "WhereaboutsEntry[" + recordId + ", " + source + ", " + kind.map(Enum::name).orElse("-") + "]";
    }
}
