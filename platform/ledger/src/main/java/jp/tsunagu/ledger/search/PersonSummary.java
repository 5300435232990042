package jp.tsunagu.ledger.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * One person as a search lists them: the ledger's current values (derived from the person's records by the rules
 * of {@code LedgerViewDerivation}) that a list shows and filters on. Never 個人番号. {@code updatedAt} is when the
 * person's records last changed (the latest link decision among them); {@code municipality} is the municipality
 * (or ward) of the registered address, where the address names one. {@code toString} leaves values out.
 */
public record PersonSummary(UUID personId, UUID disasterId, Optional<String> fullName, Optional<String> fullNameKana,
                            Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<MunicipalityCode> municipality,
                            Optional<String> address, Optional<String> whereabouts, Optional<DamageGrade> damageGrade,
                            boolean careNeeded, Optional<CertificateStatus> certificateStatus, int recordCount,
                            Instant updatedAt) {

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
    }

    @Override
    public String toString() {
        return "PersonSummary[" + personId + ", records=" + recordCount + "]";
    }
}
