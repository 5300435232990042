package jp.tsunagu.ledger.imports.row;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.Sex;

/** The codes and words files use for coded items, as documented in docs/import-format.md. */
final class Codes {

    private static final Map<String, Sex> SEX = Map.ofEntries(
            Map.entry("男", Sex.MALE), Map.entry("男性", Sex.MALE), Map.entry("1", Sex.MALE), Map.entry("m", Sex.MALE),
            Map.entry("male", Sex.MALE), Map.entry("女", Sex.FEMALE), Map.entry("女性", Sex.FEMALE),
            Map.entry("2", Sex.FEMALE), Map.entry("f", Sex.FEMALE), Map.entry("female", Sex.FEMALE),
            Map.entry("0", Sex.UNKNOWN), Map.entry("9", Sex.UNKNOWN), Map.entry("不明", Sex.UNKNOWN),
            Map.entry("その他", Sex.UNKNOWN), Map.entry("回答しない", Sex.UNKNOWN), Map.entry("unknown", Sex.UNKNOWN));

    private static final Map<String, DamageGrade> DAMAGE = Map.ofEntries(
            Map.entry("全壊", DamageGrade.TOTAL_COLLAPSE), Map.entry("全焼", DamageGrade.TOTAL_COLLAPSE),
            Map.entry("全流失", DamageGrade.TOTAL_COLLAPSE), Map.entry("大規模半壊", DamageGrade.LARGE_SCALE_HALF_COLLAPSE),
            Map.entry("中規模半壊", DamageGrade.MEDIUM_SCALE_HALF_COLLAPSE), Map.entry("半壊", DamageGrade.HALF_COLLAPSE),
            Map.entry("半焼", DamageGrade.HALF_COLLAPSE), Map.entry("準半壊", DamageGrade.QUASI_HALF_COLLAPSE),
            Map.entry("一部損壊", DamageGrade.PARTIAL_DAMAGE), Map.entry("一部破損", DamageGrade.PARTIAL_DAMAGE),
            Map.entry("準半壊に至らない(一部損壊)", DamageGrade.PARTIAL_DAMAGE),
            Map.entry("被害なし", DamageGrade.NO_DAMAGE), Map.entry("無被害", DamageGrade.NO_DAMAGE),
            Map.entry("なし", DamageGrade.NO_DAMAGE));

    private static final Map<String, CertificateStatus> CERTIFICATE = Map.ofEntries(
            Map.entry("未申請", CertificateStatus.NOT_APPLIED), Map.entry("申請なし", CertificateStatus.NOT_APPLIED),
            Map.entry("申請済", CertificateStatus.APPLIED), Map.entry("申請済み", CertificateStatus.APPLIED),
            Map.entry("申請中", CertificateStatus.APPLIED), Map.entry("調査済", CertificateStatus.SURVEYED),
            Map.entry("調査済み", CertificateStatus.SURVEYED), Map.entry("交付済", CertificateStatus.ISSUED),
            Map.entry("交付済み", CertificateStatus.ISSUED), Map.entry("発行済", CertificateStatus.ISSUED),
            Map.entry("発行済み", CertificateStatus.ISSUED), Map.entry("再調査", CertificateStatus.RESURVEY_REQUESTED),
            Map.entry("再調査依頼", CertificateStatus.RESURVEY_REQUESTED),
            Map.entry("再調査依頼中", CertificateStatus.RESURVEY_REQUESTED));

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("はい", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true),
            Map.entry("1", true), Map.entry("○", true), Map.entry("◯", true), Map.entry("有", true),
            Map.entry("あり", true), Map.entry("該当", true), Map.entry("要", true),
            Map.entry("いいえ", false), Map.entry("no", false), Map.entry("n", false), Map.entry("false", false),
            Map.entry("0", false), Map.entry("×", false), Map.entry("無", false), Map.entry("なし", false),
            Map.entry("非該当", false), Map.entry("不要", false), Map.entry("-", false));

    private Codes() {
    }

    static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEX.get(key(text))).or(() -> byName(Sex.class, text));
    }

    static Optional<DamageGrade> damage(String text) {
        return Optional.ofNullable(DAMAGE.get(key(text))).or(() -> byName(DamageGrade.class, text));
    }

    static Optional<CertificateStatus> certificate(String text) {
        return Optional.ofNullable(CERTIFICATE.get(key(text))).or(() -> byName(CertificateStatus.class, text));
    }

    static Optional<Boolean> yesNo(String text) {
        return Optional.ofNullable(YES_NO.get(key(text)));
    }

    /** NFKC, lower case, no spaces: so 「男 」「ｍ」「Male」 read alike. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static <E extends Enum<E>> Optional<E> byName(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
