package jp.tsunagu.linkage.normalize;

import java.util.Objects;
import java.util.Optional;

/**
 * A Japanese phone number reduced to its national digits (0 and nine or ten digits). Mobile numbers (070/080/090)
 * belong to one person; a landline is shared by a household, so equal landlines are weaker evidence.
 */
public record PhoneNumber(String digits, Kind kind) {

    public enum Kind { MOBILE, LANDLINE, IP, TOLL_FREE }

    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Accepts hyphens, brackets, spaces, full-width digits and +81 / 0081 / 81 prefixes; of several numbers
     * (090-1234-5678/0768-22-1234) the first valid one; empty if there is no Japanese number.
     */
    public static Optional<PhoneNumber> parse(String text) {
        for (String part : JapaneseText.normalize(text).split("[/,、;；・]|または|\\bor\\b")) {
            Optional<PhoneNumber> number = parseOne(part);
            if (number.isPresent()) {
                return number;
            }
        }
        return Optional.empty();
    }

    private static Optional<PhoneNumber> parseOne(String text) {
        String value = JapaneseText.withoutSpaces(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        boolean international = value.startsWith("+");
        String digits = value.replaceAll("[^0-9]", "");
        if (international || digits.startsWith("0081") || (digits.startsWith("81") && digits.length() >= 11)) {
            String national = digits.startsWith("0081") ? digits.substring(4) : digits.startsWith("81") ? digits.substring(2) : null;
            if (national == null) {
                return Optional.empty();
            }
            digits = national.startsWith("0") ? national : "0" + national;
        }
        if (!digits.startsWith("0") || digits.startsWith("00")) {
            return Optional.empty();
        }
        Kind kind = kindOf(digits);
        int expected = kind == Kind.LANDLINE ? 10 : 11;
        if (digits.startsWith("0120")) {
            expected = 10;
        }
        return digits.length() == expected ? Optional.of(new PhoneNumber(digits, kind)) : Optional.empty();
    }

    private static Kind kindOf(String digits) {
        if (digits.startsWith("070") || digits.startsWith("080") || digits.startsWith("090")) {
            return Kind.MOBILE;
        }
        if (digits.startsWith("050")) {
            return Kind.IP;
        }
        if (digits.startsWith("0120") || digits.startsWith("0800")) {
            return Kind.TOLL_FREE;
        }
        return Kind.LANDLINE;
    }

    public boolean isPersonal() {
        return kind == Kind.MOBILE || kind == Kind.IP;
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + kind + "]";
    }
}
