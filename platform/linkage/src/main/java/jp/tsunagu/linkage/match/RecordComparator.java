package jp.tsunagu.linkage.match;

import jp.tsunagu.linkage.normalize.Sex;

/** Compares two normalised records field by field. */
public final class RecordComparator {

    public ComparisonVector compare(NormalizedRecord a, NormalizedRecord b) {
        return compare(a, b, NameComparison.compare(a.name(), b.name()));
    }

    /** The comparison with the name's level given instead of compared (comparing names is the expensive part). */
    ComparisonVector compare(NormalizedRecord a, NormalizedRecord b, Agreement nameLevel) {
        Agreement[] levels = new Agreement[Field.values().length];
        levels[Field.NAME.ordinal()] = nameLevel;
        levels[Field.BIRTH_DATE.ordinal()] = BirthDateComparison.compare(a.birthDate(), b.birthDate());
        levels[Field.SEX.ordinal()] = sex(a.sex(), b.sex());
        levels[Field.ADDRESS.ordinal()] = AddressComparison.compare(a.address(), b.address());
        levels[Field.PHONE.ordinal()] = PhoneComparison.compare(a.phone(), b.phone());
        return new ComparisonVector(levels);
    }

    private static Agreement sex(Sex a, Sex b) {
        if (!a.isKnown() || !b.isKnown()) {
            return Agreement.MISSING;
        }
        return a == b ? Agreement.EXACT : Agreement.DISAGREE;
    }
}
