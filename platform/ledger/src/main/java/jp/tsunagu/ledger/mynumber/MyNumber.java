package jp.tsunagu.ledger.mynumber;

import java.util.Objects;

/**
 * A 個人番号 (My Number): twelve digits, the last a check digit (番号法施行令 8条). Only valid numbers exist. It never
 * shows itself: {@link #toString()} is masked, and there is no {@code equals} on the digits to tempt logging them.
 * The digits leave this class only through {@link MyNumberCipher} and an explicit {@link MyNumberDisclosure}.
 */
public final class MyNumber {

    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /** Reads twelve digits (full-width digits, spaces and hyphens allowed); refuses anything else without echoing it. */
    public static MyNumber parse(String text) {
        Objects.requireNonNull(text, "my number");
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c != ' ' && c != '-' && c != '　' && c != 'ー' && c != '－') {
                throw new InvalidMyNumberException("a my number has digits only");
            }
        }
        if (digits.length() != 12) {
            throw new InvalidMyNumberException("a my number has twelve digits");
        }
        if (checkDigit(digits.substring(0, 11)) != digits.charAt(11) - '0') {
            throw new InvalidMyNumberException("the check digit of the my number is wrong");
        }
        return new MyNumber(digits.toString());
    }

    /** The check digit for the first eleven digits: weights 2..7 then 2..6 from the right, modulus 11. */
    static int checkDigit(String elevenDigits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = elevenDigits.charAt(11 - n) - '0';
            int weight = n <= 6 ? n + 1 : n - 5;
            sum += digit * weight;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    String digits() {
        return digits;
    }

    /** The digits, for an export the caller is entitled to; the disclosure says why and is required. */
    public String reveal(MyNumberDisclosure.Entitled disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        return digits;
    }

    @Override
    public String toString() {
        return "MyNumber[************]";
    }
}
