package jp.tsunagu.linkage.normalize;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a birth date in the forms found in Japanese registers and forms: 2024/1/1, 2024-01-01, 2024.1.1, 20240101,
 * 1970年3月1日, 和暦 with kanji or letters (昭和45年3月1日, S45.3.1, H1-1-8, 平成元年1月8日, 昭和四十五年三月一日, ㍼45.3.1).
 * Only dates that exist are returned, and 和暦 dates only inside their era. Two-digit western years (70/3/1) are
 * refused: the century cannot be told. Dates after {@code today} are refused.
 */
public final class BirthDateParser {

    private static final Pattern ERA = Pattern.compile(
            "^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[MTSHRmtshr])\\.?\\s*(元|\\d{1,2})\\s*(?:年|[./\\-\\s])\\s*(\\d{1,2})\\s*(?:月|[./\\-\\s])\\s*(\\d{1,2})\\s*日?(?:生まれ|生)?$");
    private static final Pattern WESTERN = Pattern.compile(
            "^(?:西暦)?(\\d{4})\\s*(?:年|[./\\-\\s])\\s*(\\d{1,2})\\s*(?:月|[./\\-\\s])\\s*(\\d{1,2})\\s*日?(?:生まれ|生)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    // Some registers export 和暦 as a 7-digit code: era number (1 明治 .. 5 令和) + YYMMDD, e.g. 3450301.
    private static final Pattern ERA_CODE = Pattern.compile("^([1-5])(\\d{2})(\\d{2})(\\d{2})$");

    // Spreadsheet exports add a time of day: 1970/03/01 0:00:00.
    private static final Pattern TIME_OF_DAY = Pattern.compile("[T\\s]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$");

    private final LocalDate today;

    public BirthDateParser(LocalDate today) {
        this.today = today;
    }

    public static BirthDateParser asOfToday() {
        return new BirthDateParser(LocalDate.now());
    }

    public Optional<LocalDate> parse(String text) {
        String value = TIME_OF_DAY.matcher(KanjiNumerals.toArabic(JapaneseText.normalize(text))).replaceFirst("");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return parseEra(value)
                .or(() -> parseWestern(value))
                .or(() -> parseCompact(value))
                .filter(d -> !d.isAfter(today));
    }

    private static Optional<LocalDate> parseEra(String value) {
        Matcher m = ERA.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        return JapaneseEra.of(m.group(1))
                .flatMap(era -> era.toDate(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }

    private static Optional<LocalDate> parseWestern(String value) {
        Matcher m = WESTERN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        return GregorianDates.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static Optional<LocalDate> parseCompact(String value) {
        Matcher m = COMPACT.matcher(value);
        if (m.matches()) {
            return GregorianDates.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher code = ERA_CODE.matcher(value);
        if (code.matches()) {
            JapaneseEra era = JapaneseEra.values()[Integer.parseInt(code.group(1)) - 1];
            return era.toDate(Integer.parseInt(code.group(2)), Integer.parseInt(code.group(3)), Integer.parseInt(code.group(4)));
        }
        return Optional.empty();
    }
}
