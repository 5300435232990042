package jp.tsunagu.tenants.reference;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A prefecture's JIS X 0401 code, {@code 01} (北海道) to {@code 47} (沖縄県). It is also the tenant id: one
 * tenant per prefecture. An invalid code cannot be constructed.
 */
public record PrefectureCode(String value) implements Comparable<PrefectureCode> {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    public PrefectureCode {
        Objects.requireNonNull(value, "prefecture code");
        if (!TWO_DIGITS.matcher(value).matches()) {
            throw new InvalidCodeException("prefectureCode", "a prefecture code has two digits, 01 to 47");
        }
        int number = Integer.parseInt(value);
        if (number < 1 || number > 47) {
            throw new InvalidCodeException("prefectureCode", "a prefecture code is between 01 and 47");
        }
    }

    public static PrefectureCode of(String value) {
        return new PrefectureCode(value == null ? null : value.strip());
    }

    public static PrefectureCode of(int number) {
        return new PrefectureCode("%02d".formatted(number));
    }

    /** The Keycloak realm of this prefecture's tenant. */
    public String realmName() {
        return "pref-" + value;
    }

    /** The PostgreSQL schema holding this prefecture's tenant data; safe to put in SQL (two digits only). */
    public String schemaName() {
        return "tenant_" + value;
    }

    @Override
    public int compareTo(PrefectureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
