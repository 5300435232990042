package jp.tsunagu.ledger.sharing.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * The length of the periods of a time series of sharing KPIs, in Japan's calendar: a day starts at midnight JST, a
 * week on Monday (as a prefecture's weekly reports count them).
 */
public enum SeriesInterval {
    DAY, WEEK;

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Day by default; refused by name when it is neither. */
    public static SeriesInterval parse(String text) {
        if (text == null || text.isBlank()) {
            return DAY;
        }
        return Arrays.stream(values()).filter(v -> v.slug().equals(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("interval", "interval is day or week"));
    }

    /** The first day of the period holding this instant. */
    LocalDate periodOf(Instant instant) {
        LocalDate day = instant.atZone(JAPAN).toLocalDate();
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate next(LocalDate period) {
        return this == DAY ? period.plusDays(1) : period.plusWeeks(1);
    }

    Instant start(LocalDate period) {
        return period.atStartOfDay(JAPAN).toInstant();
    }
}
