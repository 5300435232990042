package jp.tsunagu.linkage.match;

import java.util.Optional;
import jp.tsunagu.linkage.normalize.PhoneNumber;

/**
 * EXACT (the same mobile number), VARIANT (the same landline: shared by a household, so weaker), CLOSE (one digit
 * slipped), DISAGREE. A different number is weak evidence against: people give a mobile in one place and the home
 * line in another.
 */
final class PhoneComparison {

    private PhoneComparison() {
    }

    static Agreement compare(Optional<PhoneNumber> first, Optional<PhoneNumber> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return Agreement.MISSING;
        }
        PhoneNumber a = first.get();
        PhoneNumber b = second.get();
        if (a.digits().equals(b.digits())) {
            return a.isPersonal() ? Agreement.EXACT : Agreement.VARIANT;
        }
        return Slips.isOneSlip(a.digits(), b.digits()) ? Agreement.CLOSE : Agreement.DISAGREE;
    }
}
