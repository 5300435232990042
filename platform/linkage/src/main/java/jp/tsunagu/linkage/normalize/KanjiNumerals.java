package jp.tsunagu.linkage.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kanji numerals to Arabic digits: positional (四十五 → 45, 千九百七十 → 1970, 十八 → 18) and digit by digit
 * (二〇二四 / 二〇二四 → 2024, 一九七〇 → 1970). Old forms used in registers (壱, 弐, 参, 拾) are read too.
 */
public final class KanjiNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[〇零一二三四五六七八九十百千壱弐参拾]+");

    private KanjiNumerals() {
    }

    /** Replaces every run of kanji numerals in the text by its value in Arabic digits. */
    public static String toArabic(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Long.toString(valueOf(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces only the runs that the predicate accepts, given the text and the run's start and end. */
    public static String toArabic(String text, RunFilter filter) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = filter.accept(text, m.start(), m.end()) ? Long.toString(valueOf(m.group())) : m.group();
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Decides whether a run of kanji numerals at [start, end) is a number (in addresses, 一宮 and 四日市 are not). */
    @FunctionalInterface
    public interface RunFilter {
        boolean accept(String text, int start, int end);
    }

    static long valueOf(String run) {
        String digits = run.replace('零', '〇').replace('壱', '一').replace('弐', '二').replace('参', '三').replace('拾', '十');
        if (digits.indexOf('十') < 0 && digits.indexOf('百') < 0 && digits.indexOf('千') < 0) {
            long value = 0;
            for (int i = 0; i < digits.length(); i++) {
                value = value * 10 + DIGITS.indexOf(digits.charAt(i));
            }
            return value;
        }
        long total = 0;
        long current = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int digit = DIGITS.indexOf(c);
            if (digit >= 0) {
                current = current * 10 + digit;
            } else {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return total + current;
    }
}
