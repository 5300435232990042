package jp.tsunagu.linkage.match;

import java.time.LocalDate;
import java.util.Optional;

/**
 * EXACT, SWAPPED (day and month exchanged: 1970-03-01 / 1970-01-03), CLOSE (one of year, month, day differs by one
 * digit or by one: 1970/1971, 3月1日/3月11日, which also covers most 和暦 conversion slips), else DISAGREE.
 */
final class BirthDateComparison {

    private BirthDateComparison() {
    }

    static Agreement compare(Optional<LocalDate> first, Optional<LocalDate> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return Agreement.MISSING;
        }
        LocalDate a = first.get();
        LocalDate b = second.get();
        if (a.equals(b)) {
            return Agreement.EXACT;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            return Agreement.SWAPPED;
        }
        int differing = (a.getYear() != b.getYear() ? 1 : 0) + (a.getMonthValue() != b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() != b.getDayOfMonth() ? 1 : 0);
        if (differing == 1 && (near(a.getYear(), b.getYear()) && near(a.getMonthValue(), b.getMonthValue())
                && near(a.getDayOfMonth(), b.getDayOfMonth()))) {
            return Agreement.CLOSE;
        }
        return Agreement.DISAGREE;
    }

    private static boolean near(int x, int y) {
        return x == y || Math.abs(x - y) == 1 || Slips.isOneSlip("%04d".formatted(x), "%04d".formatted(y));
    }
}
