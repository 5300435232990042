package jp.tsunagu.ledger.record;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.ledger.audit.Actor;

/**
 * One record about a person as it was received: a roster row, a visit, a call, a register extract, a portal entry or a
 * staff correction. Never changed after it is stored; what the ledger says about a person is derived from these.
 * Bulk imports write this table with COPY (see {@code imports.SourceRecordCopy}); the mapping is for everything else.
 */
@Entity
@Table(name = "ledger_source_record")
public class SourceRecord {

    /** Orders records by the time they speak for, then arrival, then file row: the meaning of "latest". */
    public static final Comparator<SourceRecord> CHRONOLOGICAL = Comparator
            .comparing((SourceRecord r) -> r.provenance().effectiveAt())
            .thenComparing(r -> r.receivedAt)
            .thenComparing(r -> r.rowNumber == null ? 0L : r.rowNumber)
            .thenComparing(r -> r.id);

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 30)
    private SourceKind kind;

    @Convert(converter = NullableUuidColumn.class)
    @Column(name = "batch_id")
    private UUID batchId;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "row_number")
    private Long rowNumber;

    @Column(name = "received_by_subject", nullable = false, length = 100)
    private String receivedBySubject;

    @Column(name = "received_by_username", nullable = false, length = 200)
    private String receivedByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "observed_at")
    private Instant observedAt;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "raw")
    private String raw;

    @Embedded
    private RecordValues values;

    @Column(name = "identity_verified", nullable = false)
    private boolean identityVerified;

    protected SourceRecord() {
    }

    /**
     * A record as received. {@code raw} is the row as it arrived (JSON object of header to value, with 個人番号
     * replaced by a marker); {@code fingerprint} identifies its content so the same row is never stored twice.
     */
    public SourceRecord(UUID id, UUID disasterId, Provenance provenance, String fingerprint, Optional<String> raw,
                        RecordValues values) {
        this.id = Objects.requireNonNull(id, "id");
        this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        this.kind = provenance.kind();
        this.batchId = provenance.batchId().orElse(null);
        this.fileName = provenance.fileName().orElse(null);
        this.rowNumber = provenance.rowNumber().orElse(null);
        this.receivedBySubject = provenance.receivedBy().subject();
        this.receivedByUsername = provenance.receivedBy().username();
        this.receivedAt = provenance.receivedAt();
        this.observedAt = provenance.observedAt().orElse(null);
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.raw = raw.orElse(null);
        this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * A resident's self-report through a portal; {@code cardVerified} when the portal verified the basic items with
     * the resident's My Number card (公的個人認証), which makes them as authoritative as the resident register's.
     */
    public SourceRecord(UUID id, UUID disasterId, Provenance provenance, String fingerprint, Optional<String> raw,
                        RecordValues values, boolean cardVerified) {
        this(id, disasterId, provenance, fingerprint, raw, values);
        if (cardVerified && provenance.kind() != SourceKind.RESIDENT_PORTAL) {
            throw new IllegalArgumentException("only a resident's own report is verified with their card");
        }
        this.identityVerified = cardVerified;
    }

    /**
     * A staff correction (職員修正): a record like any other, of the kind that beats all others in derivation. The
     * reason is kept as its note.
     */
    public static SourceRecord staffCorrection(UUID disasterId, RecordValues corrected, String reason, Actor staff,
                                               Instant at) {
        if (corrected.stated().isEmpty()) {
            throw new IllegalArgumentException("a correction states at least one item");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives its reason");
        }
        UUID id = UUID.randomUUID();
        return new SourceRecord(id, disasterId, Provenance.entered(SourceKind.STAFF_CORRECTION, staff, at),
                Fingerprint.of("correction:" + id), Optional.of(JsonText.object(Map.of("reason", reason.strip()))),
                corrected);
    }

    /**
     * What a host prefecture's municipality added through a sharing agreement (needs, support records): a record of
     * kind HOST_REPORT received from the host's staff member, its raw JSON naming for whom they acted (the agreement,
     * the host prefecture and municipality), so the home sees where it came from.
     */
    public static SourceRecord hostReport(UUID disasterId, RecordValues stated, Map<String, String> attribution,
                                          Actor by, Instant at) {
        if (stated.stated().isEmpty()) {
            throw new IllegalArgumentException("a report states at least one item");
        }
        UUID id = UUID.randomUUID();
        return new SourceRecord(id, disasterId, Provenance.entered(SourceKind.HOST_REPORT, by, at),
                Fingerprint.of("host-report:" + id), Optional.of(JsonText.object(attribution)), stated);
    }

    public UUID id() {
        return id;
    }

    public UUID disasterId() {
        return disasterId;
    }

    public SourceKind kind() {
        return kind;
    }

    public Provenance provenance() {
        return new Provenance(kind, Optional.ofNullable(batchId), Optional.ofNullable(fileName),
                Optional.ofNullable(rowNumber), new Actor(receivedBySubject, receivedByUsername), receivedAt,
                Optional.ofNullable(observedAt));
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The row as received (JSON), for imported records. */
    public Optional<String> raw() {
        return Optional.ofNullable(raw);
    }

    public RecordValues values() {
        return values;
    }

    /** Whether the basic items were verified with the resident's My Number card (公的個人認証). */
    public boolean identityVerified() {
        return identityVerified;
    }

    /**
     * Whether this record is an official source of the basic item: the resident register for every basic item, a
     * card-verified self-report for the four the card carries (氏名, 生年月日, 性別, 住所; not the reading).
     */
    public boolean isOfficialFor(LedgerField field) {
        if (kind == SourceKind.RESIDENT_REGISTER) {
            return true;
        }
        return identityVerified && kind == SourceKind.RESIDENT_PORTAL && field != LedgerField.FULL_NAME_KANA
                && field.isBasicItem();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRecord that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "SourceRecord[" + id + ", " + kind + ", " + values + "]";
    }
}
