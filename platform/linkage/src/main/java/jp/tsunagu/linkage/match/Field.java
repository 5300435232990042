package jp.tsunagu.linkage.match;

/** The fields compared between two records. The name combines the written form and the reading (see {@link NameComparison}). */
public enum Field {
    NAME, BIRTH_DATE, SEX, ADDRESS, PHONE
}
