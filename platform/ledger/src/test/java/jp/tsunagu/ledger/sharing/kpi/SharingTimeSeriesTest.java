package jp.tsunagu.ledger.sharing.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.problem.InvalidRequestException;

class SharingTimeSeriesTest {

    @Test
    void aTimingBelongsToTheJapaneseDayItBecameVisibleIn() {
        SharingTimeSeries.Builder series = new SharingTimeSeries.Builder(SeriesInterval.DAY);
        // 2024-01-10 23:30 JST and 2024-01-11 00:30 JST: one hour apart, two days in Japan, one day in UTC.
        series.add(Instant.parse("2024-01-10T14:30:00Z"), 1_000, null);
        series.add(Instant.parse("2024-01-10T15:30:00Z"), 2_000, 5_000L);
        List<SharingTimeSeries.Period> periods = series.build();
        assertEquals(2, periods.size());
        assertEquals(LocalDate.parse("2024-01-10"), periods.get(0).date());
        assertEquals(Instant.parse("2024-01-09T15:00:00Z"), periods.get(0).start());
        assertEquals(Instant.parse("2024-01-10T15:00:00Z"), periods.get(0).end());
        assertEquals(1, periods.get(0).visible().count());
        assertEquals(0, periods.get(0).firstRead().count(), "nobody read the first one yet");
        assertEquals(1, periods.get(1).firstRead().count());
        assertEquals(5_000L, periods.get(1).firstRead().p50Millis());
    }

    @Test
    void theMedianChangeIsMeasuredAgainstTheFirstPeriodThatMeasuredAnything() {
        SharingTimeSeries.Builder series = new SharingTimeSeries.Builder(SeriesInterval.DAY);
        series.add(Instant.parse("2024-01-10T03:00:00Z"), 10_000, null);
        series.add(Instant.parse("2024-01-12T03:00:00Z"), 6_000, null);
        series.add(Instant.parse("2024-01-13T03:00:00Z"), 15_000, null);
        List<SharingTimeSeries.Period> periods = series.build();
        assertEquals(4, periods.size(), "the empty day between is listed");
        assertNull(periods.get(0).visibleP50ChangeFromFirst(), "the first is the baseline");
        assertEquals(0, periods.get(1).visible().count());
        assertNull(periods.get(1).visibleP50ChangeFromFirst(), "nothing to compare on an empty day");
        assertEquals(-0.4, periods.get(2).visibleP50ChangeFromFirst(), 1e-9, "40 % faster");
        assertEquals(0.5, periods.get(3).visibleP50ChangeFromFirst(), 1e-9, "50 % slower");
    }

    @Test
    void weeksStartOnMondayInJapan() {
        SharingTimeSeries.Builder series = new SharingTimeSeries.Builder(SeriesInterval.WEEK);
        // Sunday 2024-01-14 23:00 JST and Monday 2024-01-15 01:00 JST.
        series.add(Instant.parse("2024-01-14T14:00:00Z"), 1, null);
        series.add(Instant.parse("2024-01-14T16:00:00Z"), 1, null);
        List<SharingTimeSeries.Period> periods = series.build();
        assertEquals(List.of(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-15")),
                periods.stream().map(SharingTimeSeries.Period::date).toList());
        assertEquals(Instant.parse("2024-01-14T15:00:00Z"), periods.get(0).end());
    }

    @Test
    void nothingMeasuredIsAnEmptySeries() {
        assertTrue(new SharingTimeSeries.Builder(SeriesInterval.DAY).build().isEmpty());
    }

    @Test
    void aSpanOfMoreThanFourHundredPeriodsIsRefusedWithAHint() {
        SharingTimeSeries.Builder series = new SharingTimeSeries.Builder(SeriesInterval.DAY);
        series.add(Instant.parse("2024-01-01T03:00:00Z"), 1, null);
        series.add(Instant.parse("2025-03-01T03:00:00Z"), 1, null);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, series::build);
        assertTrue(refused.getMessage().contains("week"), refused.getMessage());
        SharingTimeSeries.Builder weekly = new SharingTimeSeries.Builder(SeriesInterval.WEEK);
        weekly.add(Instant.parse("2024-01-01T03:00:00Z"), 1, null);
        weekly.add(Instant.parse("2025-03-01T03:00:00Z"), 1, null);
        assertEquals(61, weekly.build().size());
    }

    @Test
    void theIntervalIsDayUnlessWeekIsAskedForAndAnythingElseIsRefusedByName() {
        assertEquals(SeriesInterval.DAY, SeriesInterval.parse(null));
        assertEquals(SeriesInterval.WEEK, SeriesInterval.parse(" week "));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> SeriesInterval.parse("month"));
        assertTrue(refused.getMessage().contains("day or week"), refused.getMessage());
    }
}
