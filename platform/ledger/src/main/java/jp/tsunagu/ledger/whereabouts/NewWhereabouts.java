package jp.tsunagu.ledger.whereabouts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A whereabouts entry to add: its kind, the place (shelter, facility, "長女宅"), the municipality it is in, and when the
 * person was seen there (absent: now). Another municipality without its code says nothing a host could act on, so it
 * is refused.
 */
public record NewWhereabouts(WhereaboutsKind kind, Optional<String> place, Optional<MunicipalityCode> municipality,
                             Optional<Instant> observedAt) {

    public NewWhereabouts {
        Objects.requireNonNull(kind, "kind");
        place = Objects.requireNonNull(place, "place").map(String::strip).filter(p -> !p.isEmpty());
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(observedAt, "observedAt");
        if (kind == WhereaboutsKind.OTHER_MUNICIPALITY && municipality.isEmpty()) {
            throw new IllegalArgumentException("another municipality is named by its code");
        }
    }

    /** The 居所 as the ledger's record states it: the place, else the kind. */
    public String text() {
        return place.orElse(kind.japanese());
    }
}
