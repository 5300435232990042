package jp.tsunagu.ledger.imports.csv;

/** The encoding the user said the file has, or AUTO to detect it. */
public enum EncodingChoice {
    AUTO, UTF_8, SHIFT_JIS
}
