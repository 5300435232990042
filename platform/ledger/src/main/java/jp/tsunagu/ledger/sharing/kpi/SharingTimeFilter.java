package jp.tsunagu.ledger.sharing.kpi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Which timings a distribution is over: one disaster instance and direction, optionally one host prefecture or host
 * municipality (a designated city's code includes its wards), and a period of visibility {@code [from, until)}.
 */
public record SharingTimeFilter(UUID disasterId, Direction direction, Optional<PrefectureCode> hostPrefecture,
                                Optional<MunicipalityCode> hostMunicipality, Optional<Instant> from,
                                Optional<Instant> until) {

    /** From query parameters; each refused by name when it cannot be read. */
    public static SharingTimeFilter parse(UUID disasterId, String direction, String hostPrefecture,
                                          String hostMunicipality, String from, String until) {
        Direction chosen = blank(direction) ? Direction.TO_HOST : Direction.fromSlug(direction.strip());
        Optional<PrefectureCode> prefecture = Optional.empty();
        if (!blank(hostPrefecture)) {
            try {
                prefecture = Optional.of(PrefectureCode.of(hostPrefecture.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("hostPrefecture", "hostPrefecture is a prefecture code (01 to 47)");
            }
        }
        Optional<MunicipalityCode> municipality = Optional.empty();
        if (!blank(hostMunicipality)) {
            try {
                municipality = Optional.of(MunicipalityCode.of(hostMunicipality.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("hostMunicipality", "hostMunicipality is a 6-digit municipality code");
            }
        }
        Optional<Instant> start = instant(from, "from");
        Optional<Instant> end = instant(until, "until");
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            throw new InvalidRequestException("until", "until must lie after from");
        }
        return new SharingTimeFilter(disasterId, chosen, prefecture, municipality, start, end);
    }

    private static Optional<Instant> instant(String text, String field) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " is a time with its offset, e.g. 2024-01-10T09:00:00+09:00");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
