package jp.tsunagu.linkage.match;

import jp.tsunagu.linkage.normalize.NormalizedAddress;

/**
 * EXACT (same municipality and same detail), VARIANT (same municipality and town, other numbers; or equal details
 * with the municipality resolved on one side only), CLOSE (same municipality only), DISAGREE (other municipality).
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
            return !townA.isEmpty() && townA.equals(town(b.detail())) ? Agreement.VARIANT : Agreement.CLOSE;
        }
        return !a.detail().isEmpty() && a.detail().equals(b.detail()) ? Agreement.VARIANT : Agreement.MISSING;
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
