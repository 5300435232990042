package jp.tsunagu.linkage.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date from year, month and day only if it exists (no 2月30日, no 2023年2月29日). */
final class GregorianDates {

    private GregorianDates() {
    }

    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
