package jp.tsunagu.ledger.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;

/**
 * What one source record states about a person, item by item. An item the record does not state is absent (not
 * "empty"): derivation only considers records that state an item. Immutable once built; {@link #toString()} names
 * the stated items, never their values.
 */
@Embeddable
public class RecordValues {

    @Column(name = "full_name", length = 200)
    private String fullName;
    @Column(name = "full_name_kana", length = 200)
    private String fullNameKana;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 10)
    private Sex sex;
    @Column(name = "postal_code", length = 8)
    private String postalCode;
    @Column(name = "address", length = 500)
    private String address;
    @Column(name = "whereabouts", length = 500)
    private String whereabouts;
    @Column(name = "phone", length = 30)
    private String phone;
    @Column(name = "email", length = 254)
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "damage_grade", length = 30)
    private DamageGrade damageGrade;
    @Column(name = "other_damage", length = 500)
    private String otherDamage;
    @Column(name = "care_needed")
    private Boolean careNeeded;
    @Column(name = "care_reason", length = 500)
    private String careReason;
    @Convert(converter = StringListJson.class)
    @Column(name = "support_provided")
    private List<String> supportProvided = List.of();
    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_status", length = 30)
    private CertificateStatus certificateStatus;
    @Convert(converter = StringListJson.class)
    @Column(name = "consented_parties")
    private List<String> consentedParties = List.of();
    @Column(name = "household_key", length = 100)
    private String householdKey;
    @Column(name = "household_relationship", length = 50)
    private String householdRelationship;
    @Column(name = "household_size")
    private Integer householdSize;
    @Embedded
    private EncryptedMyNumber myNumber;
    @Column(name = "external_id", length = 100)
    private String externalId;
    @Column(name = "note", length = 2000)
    private String note;

    protected RecordValues() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of one item, if this record states it. */
    public Optional<Object> get(LedgerField field) {
        Object value = switch (field) {
            case FULL_NAME -> fullName;
            case FULL_NAME_KANA -> fullNameKana;
            case BIRTH_DATE -> birthDate;
            case SEX -> sex;
            case POSTAL_CODE -> postalCode;
            case ADDRESS -> address;
            case WHEREABOUTS -> whereabouts;
            case PHONE -> phone;
            case EMAIL -> email;
            case DAMAGE_GRADE -> damageGrade;
            case OTHER_DAMAGE -> otherDamage;
            case CARE_NEEDED -> careNeeded;
            case CARE_REASON -> careReason;
            case SUPPORT_PROVIDED -> supportProvided == null || supportProvided.isEmpty() ? null : supportProvided;
            case CERTIFICATE_STATUS -> certificateStatus;
            case CONSENTED_PARTIES -> consentedParties == null || consentedParties.isEmpty() ? null : consentedParties;
            case HOUSEHOLD_KEY -> householdKey;
            case HOUSEHOLD_RELATIONSHIP -> householdRelationship;
            case HOUSEHOLD_SIZE -> householdSize;
            case MY_NUMBER -> myNumber != null && myNumber.keyId() != null ? myNumber : null;
            case EXTERNAL_ID -> externalId;
            case NOTE -> note;
        };
        return Optional.ofNullable(value);
    }

    /** The items this record states. */
    public Set<LedgerField> stated() {
        Set<LedgerField> stated = EnumSet.noneOf(LedgerField.class);
        for (LedgerField field : LedgerField.values()) {
            if (get(field).isPresent()) {
                stated.add(field);
            }
        }
        return stated;
    }

    public Optional<String> fullName() {
        return Optional.ofNullable(fullName);
    }

    public Optional<String> fullNameKana() {
        return Optional.ofNullable(fullNameKana);
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    @SuppressWarnings("unchecked")
    public List<String> supportProvided() {
        return (List<String>) get(LedgerField.SUPPORT_PROVIDED).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> consentedParties() {
        return (List<String>) get(LedgerField.CONSENTED_PARTIES).orElse(List.of());
    }

    public Optional<EncryptedMyNumber> myNumber() {
        return get(LedgerField.MY_NUMBER).map(EncryptedMyNumber.class::cast);
    }

    @Override
    public String toString() {
        return "RecordValues" + stated();
    }

    /** Builds a record's values; setting an item to null or blank text leaves it unstated. */
    public static final class Builder {

        private RecordValues values = new RecordValues();

        private Builder() {
        }

        public Builder set(LedgerField field, Object value) {
            if (value instanceof String text && text.isBlank()) {
                return this;
            }
            switch (field) {
                case FULL_NAME -> values.fullName = (String) value;
                case FULL_NAME_KANA -> values.fullNameKana = (String) value;
                case BIRTH_DATE -> values.birthDate = (LocalDate) value;
                case SEX -> values.sex = (Sex) value;
                case POSTAL_CODE -> values.postalCode = (String) value;
                case ADDRESS -> values.address = (String) value;
                case WHEREABOUTS -> values.whereabouts = (String) value;
                case PHONE -> values.phone = (String) value;
                case EMAIL -> values.email = (String) value;
                case DAMAGE_GRADE -> values.damageGrade = (DamageGrade) value;
                case OTHER_DAMAGE -> values.otherDamage = (String) value;
                case CARE_NEEDED -> values.careNeeded = (Boolean) value;
                case CARE_REASON -> values.careReason = (String) value;
                case SUPPORT_PROVIDED -> values.supportProvided = list(value);
                case CERTIFICATE_STATUS -> values.certificateStatus = (CertificateStatus) value;
                case CONSENTED_PARTIES -> values.consentedParties = list(value);
                case HOUSEHOLD_KEY -> values.householdKey = (String) value;
                case HOUSEHOLD_RELATIONSHIP -> values.householdRelationship = (String) value;
                case HOUSEHOLD_SIZE -> values.householdSize = (Integer) value;
                case MY_NUMBER -> values.myNumber = (EncryptedMyNumber) value;
                case EXTERNAL_ID -> values.externalId = (String) value;
                case NOTE -> values.note = (String) value;
            }
            return this;
        }

        /** Whether the item is still unstated. */
        public boolean isEmpty(LedgerField field) {
            return values.get(field).isEmpty();
        }

        /** The values; the builder cannot be used afterwards, so a built record never changes. */
        public RecordValues build() {
            if (values == null) {
                throw new IllegalStateException("this builder has built its record already");
            }
            RecordValues built = values;
            values = null;
            return built;
        }

        @SuppressWarnings("unchecked")
        private static List<String> list(Object value) {
            return value == null ? List.of() : List.copyOf(new ArrayList<>((List<String>) value));
        }
    }
}
