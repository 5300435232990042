package jp.tsunagu.ledger.record;

/** 性別 as recorded. Codes in files follow JIS X 0303 (1 male, 2 female, 0/9 unknown); see docs/import-format.md. */
public enum Sex {
    MALE("男"), FEMALE("女"), UNKNOWN("不明");

    private final String japanese;

    Sex(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
