package jp.tsunagu.linkage.normalize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Japanese eras of people alive today, with their first day in the Gregorian calendar. A 和暦 date is valid only
 * inside its era: 平成元年1月8日 exists, 平成元年1月7日 does not (that day is 昭和64年1月7日).
 */
public enum JapaneseEra {
    MEIJI("明治", 'M', LocalDate.of(1868, 1, 25)),
    TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

    private final String kanji;
    private final char letter;
    private final LocalDate firstDay;

    JapaneseEra(String kanji, char letter, LocalDate firstDay) {
        this.kanji = kanji;
        this.letter = letter;
        this.firstDay = firstDay;
    }

    public String kanji() {
        return kanji;
    }

    public char letter() {
        return letter;
    }

    /** By kanji name (昭和), one-kanji abbreviation (昭) or Latin letter (S or s). */
    public static Optional<JapaneseEra> of(String name) {
        for (JapaneseEra era : values()) {
            if (era.kanji.equals(name) || era.kanji.substring(0, 1).equals(name)
                    || (name.length() == 1 && Character.toUpperCase(name.charAt(0)) == era.letter)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /** The era a Gregorian date falls in; empty before 明治. */
    public static Optional<JapaneseEra> of(LocalDate date) {
        JapaneseEra found = null;
        for (JapaneseEra era : values()) {
            if (!date.isBefore(era.firstDay)) {
                found = era;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The year of this era that a date falls in (1 for 元年). */
    public int yearOf(LocalDate date) {
        return date.getYear() - firstDay.getYear() + 1;
    }

    /** The Gregorian date for year/month/day of this era, if the date exists and falls inside the era. */
    public Optional<LocalDate> toDate(int eraYear, int month, int day) {
        if (eraYear < 1) {
            return Optional.empty();
        }
        Optional<LocalDate> date = GregorianDates.of(firstDay.getYear() + eraYear - 1, month, day);
        return date.filter(d -> !d.isBefore(firstDay) && next().map(n -> d.isBefore(n.firstDay)).orElse(true));
    }

    private Optional<JapaneseEra> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }
}
