package jp.tsunagu.ledger.imports.row;

/** Why a field of a row was not accepted. Stable codes: reports, the rejected-rows file and the API use them. */
public enum ProblemCode {
    REQUIRED("必須の項目がありません"),
    TOO_LONG("長すぎます"),
    INVALID_DATE("日付として読めません（例: 2024-01-01, 2024/1/1, 昭和45年3月1日, S45.3.1）"),
    FUTURE_DATE("未来の日付です"),
    UNKNOWN_CODE("決められた値のどれでもありません"),
    INVALID_KANA("かな（ひらがな・カタカナ）以外の文字があります"),
    INVALID_POSTAL_CODE("郵便番号は7桁です"),
    INVALID_PHONE("電話番号として読めません（10桁または11桁）"),
    INVALID_EMAIL("メールアドレスとして読めません"),
    INVALID_NUMBER("数として読めません"),
    INVALID_MY_NUMBER("個人番号は12桁で、検査用数字が合っている必要があります"),
    MY_NUMBER_NOT_ACCEPTED("この取込では個人番号を受け付けていません"),
    BROKEN_QUOTING("引用符（\"）の使い方が正しくありません");

    private final String japanese;

    ProblemCode(String japanese) {
        this.japanese = japanese;
    }

    /** What the code means, for people reading a report; names no value. */
    public String japanese() {
        return japanese;
    }
}
