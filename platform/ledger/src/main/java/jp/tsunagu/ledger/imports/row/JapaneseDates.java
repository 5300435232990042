package jp.tsunagu.ledger.imports.row;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.linkage.normalize.KanjiNumerals;

/**
 * Reads the dates of Japanese files: 2024-01-01, 2024/1/1, 2024.1.1, 20240101, 2024年1月1日, and 和暦 with the era
 * in kanji, abbreviated or as a letter (昭和45年3月1日, 昭45.3.1, S45.3.1, s45/3/1, 平成元年1月8日, R6.1.1), full-width
 * digits and kanji numerals (昭和四十五年三月一日, 一九七〇年三月一日, as on forms written by hand) included. A 和暦 date must lie inside its era (平成元年1月7日 does not exist). Two-digit western years are
 * refused: the century cannot be told. Resident register extracts' seven-digit era codes (3300412 = 昭和30年4月12日)
 * are read too. Optionally followed by a time (9:05, 09:05:30) for observation times.
 */
public final class JapaneseDates {

    private enum Era {
        MEIJI("明治", "明", 'M', LocalDate.of(1868, 1, 25)),
        TAISHO("大正", "大", 'T', LocalDate.of(1912, 7, 30)),
        SHOWA("昭和", "昭", 'S', LocalDate.of(1926, 12, 25)),
        HEISEI("平成", "平", 'H', LocalDate.of(1989, 1, 8)),
        REIWA("令和", "令", 'R', LocalDate.of(2019, 5, 1));

        final String name;
        final String abbreviation;
        final char letter;
        final LocalDate first;

        Era(String name, String abbreviation, char letter, LocalDate first) {
            this.name = name;
            this.abbreviation = abbreviation;
            this.letter = letter;
            this.first = first;
        }

        static Optional<Era> of(String text) {
            for (Era era : values()) {
                if (era.name.equals(text) || era.abbreviation.equals(text)
                        || (text.length() == 1 && Character.toUpperCase(text.charAt(0)) == era.letter)) {
                    return Optional.of(era);
                }
            }
            return Optional.empty();
        }

        Optional<LocalDate> date(int year, int month, int day) {
            Optional<LocalDate> date = JapaneseDates.of(first.getYear() + year - 1, month, day);
            int next = ordinal() + 1;
            return date.filter(d -> !d.isBefore(first) && (next == values().length || d.isBefore(values()[next].first)));
        }
    }

    private static final String SEPARATOR = "\\s*(?:[./\\-]|年|月)\\s*";
    private static final String TIME = "(?:[\\sT]+(\\d{1,2})[:時](\\d{2})(?:[:分](\\d{2})秒?)?分?)?";
    private static final Pattern ERA = Pattern.compile(
            "^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[MTSHRmtshr])\\s*(元|\\d{1,2})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR
                    + "(\\d{1,2})\\s*日?" + TIME + "$");
    private static final Pattern WESTERN = Pattern.compile(
            "^(\\d{4})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})\\s*日?" + TIME + "$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})" + TIME + "$");
    // Resident register systems export 和暦 as seven digits: era (1 明治 … 5 令和) and YYMMDD, e.g. 3300412.
    private static final Pattern ERA_CODE = Pattern.compile("^([1-5])(\\d{2})(\\d{2})(\\d{2})$");

    private JapaneseDates() {
    }

    public static Optional<LocalDate> date(String text) {
        return dateTime(text).map(LocalDateTime::toLocalDate);
    }

    /** A date with an optional time (midnight when none). */
    public static Optional<LocalDateTime> dateTime(String text) {
        String value = KanjiNumerals.toArabic(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        Matcher era = ERA.matcher(value);
        if (era.matches()) {
            int year = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            return Era.of(era.group(1))
                    .flatMap(e -> e.date(year, Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4))))
                    .flatMap(d -> withTime(d, era, 5));
        }
        Matcher code = ERA_CODE.matcher(value);
        if (code.matches()) {
            return Era.values()[Integer.parseInt(code.group(1)) - 1]
                    .date(Integer.parseInt(code.group(2)), Integer.parseInt(code.group(3)), Integer.parseInt(code.group(4)))
                    .map(LocalDate::atStartOfDay);
        }
        for (Pattern pattern : new Pattern[]{WESTERN, COMPACT}) {
            Matcher western = pattern.matcher(value);
            if (western.matches()) {
                return of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
                        Integer.parseInt(western.group(3))).flatMap(d -> withTime(d, western, 4));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> withTime(LocalDate date, Matcher matcher, int firstGroup) {
        if (matcher.group(firstGroup) == null) {
            return Optional.of(date.atStartOfDay());
        }
        int hour = Integer.parseInt(matcher.group(firstGroup));
        int minute = Integer.parseInt(matcher.group(firstGroup + 1));
        int second = matcher.group(firstGroup + 2) == null ? 0 : Integer.parseInt(matcher.group(firstGroup + 2));
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(date.atTime(hour, minute, second));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
