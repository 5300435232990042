package jp.tsunagu.ledger.imports.profile;

import java.util.Arrays;
import java.util.Optional;

import jp.tsunagu.ledger.record.LedgerField;

/**
 * What a column of an import file can be. Most are ledger items; some are parts that make one (氏 and 名 make 氏名)
 * or say when the record was observed. The ids are what profiles (JSON) use.
 */
public enum ImportField {
    FULL_NAME("fullName", LedgerField.FULL_NAME),
    FAMILY_NAME("familyName", null),
    GIVEN_NAME("givenName", null),
    FULL_NAME_KANA("fullNameKana", LedgerField.FULL_NAME_KANA),
    FAMILY_NAME_KANA("familyNameKana", null),
    GIVEN_NAME_KANA("givenNameKana", null),
    BIRTH_DATE("birthDate", LedgerField.BIRTH_DATE),
    SEX("sex", LedgerField.SEX),
    POSTAL_CODE("postalCode", LedgerField.POSTAL_CODE),
    ADDRESS("address", LedgerField.ADDRESS),
    WHEREABOUTS("whereabouts", LedgerField.WHEREABOUTS),
    PHONE("phone", LedgerField.PHONE),
    EMAIL("email", LedgerField.EMAIL),
    DAMAGE_GRADE("damageGrade", LedgerField.DAMAGE_GRADE),
    OTHER_DAMAGE("otherDamage", LedgerField.OTHER_DAMAGE),
    CARE_NEEDED("careNeeded", LedgerField.CARE_NEEDED),
    CARE_REASON("careReason", LedgerField.CARE_REASON),
    SUPPORT_PROVIDED("supportProvided", LedgerField.SUPPORT_PROVIDED),
    CERTIFICATE_STATUS("certificateStatus", LedgerField.CERTIFICATE_STATUS),
    CONSENTED_PARTIES("consentedParties", LedgerField.CONSENTED_PARTIES),
    HOUSEHOLD_KEY("householdKey", LedgerField.HOUSEHOLD_KEY),
    HOUSEHOLD_RELATIONSHIP("householdRelationship", LedgerField.HOUSEHOLD_RELATIONSHIP),
    HOUSEHOLD_SIZE("householdSize", LedgerField.HOUSEHOLD_SIZE),
    MY_NUMBER("myNumber", LedgerField.MY_NUMBER),
    EXTERNAL_ID("externalId", LedgerField.EXTERNAL_ID),
    NOTE("note", LedgerField.NOTE),
    /** When what the record says was observed (a visit's date, a call's time); not a ledger item itself. */
    OBSERVED_AT("observedAt", null);

    private final String id;
    private final LedgerField ledgerField;

    ImportField(String id, LedgerField ledgerField) {
        this.id = id;
        this.ledgerField = ledgerField;
    }

    public String id() {
        return id;
    }

    /** The ledger item this column fills directly, if it is one. */
    public Optional<LedgerField> ledgerField() {
        return Optional.ofNullable(ledgerField);
    }

    public static Optional<ImportField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Fields that give a name; a profile maps at least one, and every row states one. */
    public boolean namesThePerson() {
        return this == FULL_NAME || this == FAMILY_NAME || this == FULL_NAME_KANA || this == FAMILY_NAME_KANA;
    }
}
