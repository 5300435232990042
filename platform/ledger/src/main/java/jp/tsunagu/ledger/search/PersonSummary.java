package jp.tsunagu.ledger.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * One person as a search lists them: the ledger's current values (derived from the person's records by the rules
 * of {@code LedgerViewDerivation}) that a list shows and filters on. Never 個人番号. {@code updatedAt} is when the
 * person's records last changed (the latest link decision among them); {@code municipality} is the municipality
 * (or ward) of the registered address, where the address names one; {@code current} is the current whereabouts
 * (docs/ledger.md, "Whereabouts"). {@code toString} leaves values out.
 */
public record PersonSummary(UUID personId, UUID disasterId, Optional<String> fullName, Optional<String> fullNameKana,
                            Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<MunicipalityCode> municipality,
                            Optional<String> address, Optional<String> whereabouts, Optional<DamageGrade> damageGrade,
                            boolean careNeeded, Optional<CertificateStatus> certificateStatus, int recordCount,
                            Instant updatedAt, Current current) {

    /**
     * The current whereabouts: its kind (absent for imported text naming none), the municipality (or ward) it is in,
     * when it was observed. All absent when no record states 居所.
     */
    public record Current(Optional<WhereaboutsKind> kind, Optional<MunicipalityCode> municipality,
                          Optional<Instant> observedAt) {

        public static final Current NONE = new Current(Optional.empty(), Optional.empty(), Optional.empty());

        public Current {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(observedAt, "observedAt");
        }
    }

    public PersonSummary {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(fullNameKana, "fullNameKana");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(whereabouts, "whereabouts");
        Objects.requireNonNull(damageGrade, "damageGrade");
        Objects.requireNonNull(certificateStatus, "certificateStatus");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(current, "current");
    }

    @Override
    public String toString() {
        return "PersonSummary[" + personId + ", records=" + recordCount + "]";
    }
}
