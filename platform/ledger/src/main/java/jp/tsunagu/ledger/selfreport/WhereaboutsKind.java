package jp.tsunagu.ledger.selfreport;

/** Where a resident says they stay now (居所の種類). */
public enum WhereaboutsKind implements Slugged {
    DESIGNATED_SHELTER("designated-shelter", "指定避難所"),
    OTHER_SHELTER("other-shelter", "その他の避難所"),
    RELATIVE_HOME("relative-home", "親族・知人宅"),
    HOTEL("hotel", "ホテル・旅館（2次避難）"),
    TEMPORARY_HOUSING("temporary-housing", "応急仮設住宅"),
    OWN_HOME("own-home", "自宅"),
    HOSPITAL_OR_CARE("hospital-or-care", "病院・施設"),
    OTHER_MUNICIPALITY("other-municipality", "他市町村・他県"),
    UNKNOWN("unknown", "不明");

    private final String slug;
    private final String japanese;

    WhereaboutsKind(String slug, String japanese) {
        this.slug = slug;
        this.japanese = japanese;
    }

    @Override
    public String slug() {
        return slug;
    }

    public String japanese() {
        return japanese;
    }
}
