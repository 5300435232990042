package jp.tsunagu.linkage.normalize;

import java.util.Locale;
import java.util.Optional;

/** Sex as recorded. Codes follow JIS X 0303 / ISO 5218 (1 male, 2 female, 0 and 9 unknown or not applicable). */
public enum Sex {
    MALE, FEMALE, UNKNOWN;

    /**
     * Reads 男/女, 男性/女性, 1/2, M/F, male/female, 0/9/不明/unknown; blank is {@link #UNKNOWN}; anything else is empty,
     * so the caller can report which field was not understood.
     */
    public static Optional<Sex> parse(String text) {
        String value = JapaneseText.withoutSpaces(text).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "男", "男性", "1", "m", "male", "man", "おとこ", "オトコ" -> Optional.of(MALE);
            case "女", "女性", "2", "f", "female", "woman", "おんな", "オンナ" -> Optional.of(FEMALE);
            case "", "0", "9", "不明", "未記入", "その他", "u", "x", "unknown", "-" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
