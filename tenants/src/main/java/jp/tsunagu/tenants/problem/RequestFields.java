package jp.tsunagu.tenants.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jp.tsunagu.tenants.reference.InvalidCodeException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Turns raw request values into domain values, naming the field when one is wrong. Request bodies carry codes,
 * dates and enum names as strings so that a bad one gives a problem that names the field instead of a parser's
 * stack trace.
 */
public final class RequestFields {

    private RequestFields() {
    }

    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidRequestException(field, field + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    public static LocalDate requireDate(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required (ISO date, e.g. 2024-01-01)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be an ISO date such as 2024-01-01");
        }
    }

    /** A date-time with offset (e.g. 2024-01-15T10:00:00+09:00), or empty when not given. */
    public static Optional<Instant> optionalInstant(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " is a date-time with offset, e.g. 2024-01-15T10:00:00+09:00");
        }
    }

    public static MunicipalityCode requireMunicipality(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        try {
            return MunicipalityCode.of(value);
        } catch (InvalidCodeException e) {
            throw new InvalidRequestException(field, field + ": " + e.getMessage());
        }
    }

    public static <E extends Enum<E>> E requireEnum(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " must be one of " + allowed(type));
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(constant.name());
        }
        return names.toString();
    }
}
