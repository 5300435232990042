package jp.tsunagu.provisioning.accounts;

import java.util.regex.Pattern;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * A 法人番号 (13 digits). The first digit is a check digit over the other twelve:
 * {@code 9 - (Σ P_n × Q_n mod 9)} with Q_n = 1 for odd and 2 for even positions counted from the right.
 */
public record CorporateNumber(String value) {

    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    public CorporateNumber {
        if (value == null || !THIRTEEN_DIGITS.matcher(value).matches()) {
            throw new InvalidRequestException("corporateNumber", "a corporate number has 13 digits");
        }
        if (value.charAt(0) - '0' != checkDigit(value.substring(1))) {
            throw new InvalidRequestException("corporateNumber", "the check digit of the corporate number is wrong");
        }
    }

    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }
}
