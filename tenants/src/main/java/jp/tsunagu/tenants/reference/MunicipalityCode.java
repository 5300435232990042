package jp.tsunagu.tenants.reference;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 全国地方公共団体コード (local government code): five digits and a check digit, e.g. {@code 172049} for
 * 輪島市. The first two digits are the prefecture. Five-digit input is accepted and completed with its check
 * digit, since many municipal systems export codes without it.
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public MunicipalityCode {
        Objects.requireNonNull(value, "municipality code");
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidCodeException("municipalityCode", "a municipality code has six digits (five and a check digit)");
        }
        if (checkDigit(value.substring(0, 5)) != value.charAt(5) - '0') {
            throw new InvalidCodeException("municipalityCode", "the check digit of the municipality code is wrong");
        }
        PrefectureCode.of(value.substring(0, 2));
    }

    /** Accepts a six-digit code (check digit verified) or a five-digit one (check digit added). */
    public static MunicipalityCode of(String value) {
        Objects.requireNonNull(value, "municipality code");
        String code = value.strip();
        if (FIVE_DIGITS.matcher(code).matches()) {
            return new MunicipalityCode(code + checkDigit(code));
        }
        return new MunicipalityCode(code);
    }

    public PrefectureCode prefecture() {
        return new PrefectureCode(value.substring(0, 2));
    }

    public boolean belongsTo(PrefectureCode prefecture) {
        return prefecture().equals(prefecture);
    }

    static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
