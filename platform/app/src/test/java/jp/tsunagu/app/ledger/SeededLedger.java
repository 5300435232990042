package jp.tsunagu.app.ledger;

import java.util.Map;

/**
 * The ids of a seeded ledger, by the record that made them: {@code file/row}, e.g. {@code hinanjo-meibo.csv/2}. Each
 * person is named after a record of theirs.
 */
record SeededLedger(String disasterId, Map<String, Seeded> records) {

    /** A seeded record, the person it is linked to, its link and that link's decision. */
    record Seeded(String recordId, String personId, String linkId, String decision) {
    }

    Seeded record(String fileRow) {
        Seeded seeded = records.get(fileRow);
        if (seeded == null) {
            throw new IllegalArgumentException("no seeded record " + fileRow);
        }
        return seeded;
    }

    /** 髙橋 一郎: the register's record and the roster's, linked. */
    String ichiro() {
        return record("juki-extract.csv/1").personId();
    }

    /** 山口 花子 as the register has her: the candidate of the visit's review. */
    String hanako() {
        return record("juki-extract.csv/2").personId();
    }

    /** 中谷 翔太, the register's: the candidate of his twin's review. */
    String shota() {
        return record("juki-extract.csv/3").personId();
    }

    /** 中谷 健太, the roster's twin: a person of his own, under review. */
    String kenta() {
        return record("hinanjo-meibo.csv/2").personId();
    }

    String mori() {
        return record("hinanjo-meibo.csv/3").personId();
    }

    String yoshida() {
        return record("hinanjo-meibo.csv/4").personId();
    }

    /** 山口 花子 of the outreach visit: a person of her own, under review. */
    String hanakoVisited() {
        return record("homon-kiroku.csv/1").personId();
    }

    /** The review of 健太 against 翔太 (the older one: the roster came first). */
    String twinReview() {
        return record("hinanjo-meibo.csv/2").linkId();
    }

    /** The review of the visited 花子 against the registered one. */
    String hanakoReview() {
        return record("homon-kiroku.csv/1").linkId();
    }
}
