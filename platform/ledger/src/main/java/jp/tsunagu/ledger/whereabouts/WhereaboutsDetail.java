package jp.tsunagu.ledger.whereabouts;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * The structured part of a whereabouts entry made through the API: its kind, place, municipality, source and for whom
 * the recorder acted. The entry itself is a {@code WHEREABOUTS_REPORT} source record (who, when received, when
 * observed, the text of 居所), linked to the person like any record, so merges and their undoing carry it. Never
 * changed after it is stored.
 */
@Entity
@Table(name = "ledger_whereabouts")
public class WhereaboutsDetail {

    @Id
    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WhereaboutsKind kind;

    @Column(length = 500)
    private String place;

    @Column(name = "municipality_code", length = 6)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WhereaboutsSource source;

    @Column(name = "acting_scope_kind", length = 40)
    private String actingScopeKind;

    @Column(name = "acting_scope_code", length = 100)
    private String actingScopeCode;

    protected WhereaboutsDetail() {
    }

    public WhereaboutsDetail(UUID recordId, UUID disasterId, WhereaboutsKind kind, Optional<String> place,
                             Optional<MunicipalityCode> municipality, WhereaboutsSource source, ActingFor actingFor) {
        if (source == WhereaboutsSource.IMPORTED_RECORD) {
            throw new IllegalArgumentException("an imported record's whereabouts is read from the record itself");
        }
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.place = place.orElse(null);
        this.municipalityCode = municipality.map(MunicipalityCode::value).orElse(null);
        this.source = Objects.requireNonNull(source, "source");
        this.actingScopeKind = actingFor.scopeKind();
        this.actingScopeCode = actingFor.scopeCode();
    }

    /** What the stored row says, as the derivation reads it. */
    public Stated stated() {
        return new Stated(kind, Optional.ofNullable(place), Optional.ofNullable(municipalityCode).map(MunicipalityCode::new),
                source, Optional.ofNullable(actingScopeKind).map(k -> new ActingFor(k, actingScopeCode)));
    }

    public UUID recordId() {
        return recordId;
    }

    /** The structured part of an entry, independent of JPA. */
    public record Stated(WhereaboutsKind kind, Optional<String> place, Optional<MunicipalityCode> municipality,
                         WhereaboutsSource source, Optional<ActingFor> actingFor) {

        public Stated {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(actingFor, "actingFor");
        }
    }
}
