package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * KPI ① or ② period by period, to see whether sharing got faster (the Ishikawa plan's targets are reductions of 40 %
 * and 50 %): each period's distributions of the timings that became visible in it, and the change of its median
 * against the first period that measured anything. Periods without timings between the first and the last are listed
 * with a count of zero, so a chart has no gaps. Counts and times only.
 */
public record SharingTimeSeries(UUID disasterId, String direction, String hostPrefecture, String hostMunicipality,
                                String interval, String zone, List<Period> periods) {

    /** At most this many periods in one answer: a longer span is asked for by weeks, or in parts. */
    static final int MAX_PERIODS = 400;

    public SharingTimeSeries {
        periods = List.copyOf(periods);
    }

    /**
     * One period {@code [start, end)}: the distributions of what became visible in it, and its median visibility time
     * relative to the first measured period's ({@code -0.4} is 40 % faster); null for the first and for empty ones.
     */
    public record Period(LocalDate date, Instant start, Instant end, TimeDistribution visible,
                         TimeDistribution firstRead, Double visibleP50ChangeFromFirst) {
    }

    /** Collects timings into periods, in any order. */
    static final class Builder {

        private final SeriesInterval interval;
        private final TreeMap<LocalDate, Timings> periods = new TreeMap<>();

        Builder(SeriesInterval interval) {
            this.interval = interval;
        }

        /** A timing that became visible at {@code visibleAt}; {@code readMillis} null when nobody read it yet. */
        void add(Instant visibleAt, long visibleMillis, Long readMillis) {
            Timings timings = periods.computeIfAbsent(interval.periodOf(visibleAt), p -> new Timings());
            timings.visible.add(visibleMillis);
            if (readMillis != null) {
                timings.read.add(readMillis);
            }
        }

        List<Period> build() {
            List<Period> result = new ArrayList<>();
            if (periods.isEmpty()) {
                return result;
            }
            Long firstMedian = null;
            for (LocalDate date = periods.firstKey(); !date.isAfter(periods.lastKey()); date = interval.next(date)) {
                if (result.size() == MAX_PERIODS) {
                    throw new InvalidRequestException("interval", "the series would have more than " + MAX_PERIODS
                            + " periods: ask by week, or narrow it with from and until");
                }
                Timings timings = periods.getOrDefault(date, new Timings());
                TimeDistribution visible = TimeDistribution.of(timings.visible.toArray());
                Double change = null;
                if (visible.count() > 0) {
                    if (firstMedian == null) {
                        firstMedian = visible.p50Millis();
                    } else if (firstMedian > 0) {
                        change = (visible.p50Millis() - firstMedian) / (double) firstMedian;
                    }
                }
                result.add(new Period(date, interval.start(date), interval.start(interval.next(date)), visible,
                        TimeDistribution.of(timings.read.toArray()), change));
            }
            return result;
        }
    }

    private static final class Timings {
        final Longs visible = new Longs();
        final Longs read = new Longs();
    }

}
