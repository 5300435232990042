package jp.tsunagu.linkage.match;

import jp.tsunagu.linkage.normalize.NormalizedAddress;

/**
 * EXACT (same municipality and same detail), VARIANT (same municipality and town, other numbers; or equal details
 * with the municipality resolved on one side only), CLOSE (same municipality, town unknown on one side),
 * DISAGREE (other municipality, or other town of the same municipality).
 * A shelter, school or hospital is where someone stays, not who they are: such an address is CLOSE to a home in
 * the same municipality and MISSING otherwise, so a shelter record never counts against a match with a home address.
 */
final class AddressComparison {

    private AddressComparison() {
    }

    static Agreement compare(NormalizedAddress a, NormalizedAddress b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.MISSING;
        }
        if (a.institutional() || b.institutional()) {
            // Evacuees mostly shelter in their own municipality: the same one is a hint, another one says nothing.
            boolean sameMunicipality = a.cityLevelCode().isPresent() && a.cityLevelCode().equals(b.cityLevelCode());
            return sameMunicipality ? Agreement.CLOSE : Agreement.MISSING;
        }
        if (a.cityLevelCode().isPresent() && b.cityLevelCode().isPresent()) {
            if (!a.cityLevelCode().equals(b.cityLevelCode())) {
                return Agreement.DISAGREE;
            }
            if (!a.detail().isEmpty() && a.detail().equals(b.detail())) {
                return Agreement.EXACT;
            }
            String townA = town(a.detail());
            String townB = town(b.detail());
            if (townA.isEmpty() || townB.isEmpty()) {
                return Agreement.CLOSE;
            }
            if (sameTown(townA, townB) || sameBlockNumbers(a.detail(), b.detail())) {
                // One town written two ways, or a misheard town name with the same 丁目-番地-号.
                return Agreement.VARIANT;
            }
            // Two homes in other towns of one municipality are two addresses, not two notations of one.
            return Agreement.DISAGREE;
        }
        return !a.detail().isEmpty() && a.detail().equals(b.detail()) ? Agreement.VARIANT : Agreement.MISSING;
    }

    private static boolean sameBlockNumbers(String a, String b) {
        String numbersA = a.substring(town(a).length());
        return numbersA.length() >= 3 && numbersA.indexOf('-') > 0 && numbersA.equals(b.substring(town(b).length()));
    }

    /** 河井町 and 河井 (町 left out), or a one-character slip, are one town. */
    private static boolean sameTown(String a, String b) {
        return a.equals(b) || a.startsWith(b) || b.startsWith(a) || Slips.isOneSlip(a, b);
    }

    /** The town part of the detail: everything before the first digit (河井町 in 河井町1部18-1). */
    private static String town(String detail) {
        for (int i = 0; i < detail.length(); i++) {
            if (Character.isDigit(detail.charAt(i))) {
                return detail.substring(0, i);
            }
        }
        return detail;
    }
}
