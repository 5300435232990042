package jp.tsunagu.ledger.record;

/**
 * The items of the victim ledger (施行規則 8条の5 and what municipalities add), by the names used in code, JSON
 * profiles, problem reports and provision records. Messages name a field by this, never by its value.
 */
public enum LedgerField {
    FULL_NAME("fullName", "氏名"),
    FULL_NAME_KANA("fullNameKana", "ふりがな"),
    BIRTH_DATE("birthDate", "生年月日"),
    SEX("sex", "性別"),
    POSTAL_CODE("postalCode", "郵便番号"),
    ADDRESS("address", "住所"),
    WHEREABOUTS("whereabouts", "居所"),
    PHONE("phone", "電話番号"),
    EMAIL("email", "メールアドレス"),
    DAMAGE_GRADE("damageGrade", "住家の被害の状況"),
    OTHER_DAMAGE("otherDamage", "その他の被害の状況"),
    CARE_NEEDED("careNeeded", "要配慮者であるか否か"),
    CARE_REASON("careReason", "要配慮者である事由"),
    SUPPORT_PROVIDED("supportProvided", "援護の実施の状況"),
    CERTIFICATE_STATUS("certificateStatus", "罹災証明書の交付の状況"),
    CONSENTED_PARTIES("consentedParties", "台帳情報の提供に同意した提供先"),
    HOUSEHOLD_KEY("householdKey", "世帯番号"),
    HOUSEHOLD_RELATIONSHIP("householdRelationship", "続柄"),
    HOUSEHOLD_SIZE("householdSize", "世帯人数"),
    MY_NUMBER("myNumber", "個人番号"),
    EXTERNAL_ID("externalId", "元データの管理番号"),
    NOTE("note", "備考");

    private final String id;
    private final String japanese;

    LedgerField(String id, String japanese) {
        this.id = id;
        this.japanese = japanese;
    }

    /** The name in JSON and reports, e.g. {@code birthDate}. */
    public String id() {
        return id;
    }

    public String japanese() {
        return japanese;
    }

    /** The four basic items (基本4情報) that the resident register is authoritative for. */
    public boolean isBasicItem() {
        return this == FULL_NAME || this == FULL_NAME_KANA || this == BIRTH_DATE || this == SEX || this == ADDRESS;
    }
}
