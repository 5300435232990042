package jp.tsunagu.linkage.bench;

import java.time.LocalDate;
import java.util.Random;
import jp.tsunagu.linkage.normalize.JapaneseEra;

/** Writes a birth date the way a source would: western with various separators, compact, or 和暦 in kanji or letters. */
final class DateNotation {

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private DateNotation() {
    }

    static String write(LocalDate d, Source source, Random random) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        JapaneseEra era = JapaneseEra.of(d).orElse(JapaneseEra.SHOWA);
        int ey = era.yearOf(d);
        String eraYear = ey == 1 && random.nextBoolean() ? "元" : Integer.toString(ey);
        int form = random.nextInt(source == Source.REGISTER || source == Source.SHELTER ? 11 : 8);
        return switch (form) {
            case 0 -> "%d/%d/%d".formatted(y, m, day);
            case 1 -> "%d-%02d-%02d".formatted(y, m, day);
            case 2 -> "%d%02d%02d".formatted(y, m, day);
            case 3 -> "%d年%d月%d日".formatted(y, m, day);
            case 4 -> HalfWidth.fullWidthDigits("%d/%d/%d".formatted(y, m, day));
            case 5 -> "%c%d.%d.%d".formatted(era.letter(), ey, m, day);
            case 6 -> "%s%s年%d月%d日".formatted(era.kanji(), eraYear, m, day);
            case 7 -> "%c%d-%d-%d".formatted(era.letter(), ey, m, day);
            case 8 -> "%s%s年%s月%s日".formatted(era.kanji(), ey == 1 ? "元" : kanji(ey), kanji(m), kanji(day));
            case 9 -> "%s%s年%d月%d日".formatted(era.kanji(), eraYear, m, day);
            default -> "%d.%d.%d".formatted(y, m, day);
        };
    }

    /** 45 → 四十五, 10 → 十, 3 → 三. */
    static String kanji(int n) {
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(KANJI_DIGITS.charAt(tens))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(KANJI_DIGITS.charAt(ones)));
    }
}
