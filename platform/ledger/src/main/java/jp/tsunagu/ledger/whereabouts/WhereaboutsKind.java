package jp.tsunagu.ledger.whereabouts;

/** Where a person stays, by kind (the kinds the Noto earthquake's wide-area evacuation showed). */
public enum WhereaboutsKind {
    /** 指定避難所. */
    DESIGNATED_SHELTER("指定避難所"),
    /** その他の避難所: an unofficial gathering place, a tent, a car. */
    OTHER_SHELTER("その他の避難所"),
    /** 親族・知人宅. */
    RELATIVES_HOME("親族・知人宅"),
    /** ホテル・旅館等（2次避難）. */
    HOTEL("ホテル・旅館等（2次避難）"),
    /** 応急仮設住宅 (built or みなし). */
    TEMPORARY_HOUSING("応急仮設住宅"),
    /** 自宅 (staying at home, 在宅避難). */
    OWN_HOME("自宅"),
    /** 病院・福祉施設. */
    HOSPITAL_OR_CARE("病院・福祉施設"),
    /** 他市町村・他県: known only as another municipality (its code given). */
    OTHER_MUNICIPALITY("他市町村・他県"),
    /** 不明: nobody knows where the person is. */
    UNKNOWN("不明");

    private final String japanese;

    WhereaboutsKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
