package jp.tsunagu.linkage.match;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The agreement level of every {@link Field} for one pair of records. */
public record ComparisonVector(Agreement[] levels) {

    private static final int LEVELS = Agreement.values().length;

    public ComparisonVector {
        Objects.requireNonNull(levels, "levels");
        if (levels.length != Field.values().length) {
            throw new IllegalArgumentException("one level per field is needed");
        }
        levels = levels.clone();
    }

    public Agreement get(Field field) {
        return levels[field.ordinal()];
    }

    /**
     * Whether the two records must never be one person without a human: the names disagree (twins), the birth dates
     * disagree (a parent and child with one name) or the home municipalities or towns do (the same common name and
     * birth date in another town). See docs/linkage.md, "Guards".
     */
    public boolean isHardNegative() {
        return get(Field.NAME) == Agreement.DISAGREE || get(Field.BIRTH_DATE) == Agreement.DISAGREE
                || get(Field.ADDRESS) == Agreement.DISAGREE;
    }

    /**
     * Whether this pair, a record and one more record of the person it is about to join, forbids the join. Any hard
     * negative does, except one: a name that disagrees with this one record of the person while everything else is
     * compatible, when the record joins on a name that agrees ({@code joiningName} EXACT or VARIANT with the record
     * it links to). The person has accepted both spellings already (a homophone kanji, a reading we cannot confirm);
     * only a record whose name fits neither could be a twin, and it does not join on such a name.
     */
    public boolean forbidsJoining(Agreement joiningName) {
        boolean nameConfirmed = joiningName == Agreement.EXACT || joiningName == Agreement.VARIANT;
        boolean onlyTheNameDisagrees = get(Field.NAME) == Agreement.DISAGREE && get(Field.BIRTH_DATE) != Agreement.DISAGREE
                && get(Field.ADDRESS) != Agreement.DISAGREE;
        return isHardNegative() && !(nameConfirmed && onlyTheNameDisagrees);
    }

    public Map<Field, Agreement> asMap() {
        Map<Field, Agreement> map = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            map.put(f, get(f));
        }
        return map;
    }

    /** A compact number for counting patterns (EM works on pattern counts, not on pairs). */
    int pattern() {
        int code = 0;
        for (Agreement level : levels) {
            code = code * LEVELS + level.ordinal();
        }
        return code;
    }

    static ComparisonVector ofPattern(int pattern) {
        Agreement[] levels = new Agreement[Field.values().length];
        for (int i = levels.length - 1; i >= 0; i--) {
            levels[i] = Agreement.values()[pattern % LEVELS];
            pattern /= LEVELS;
        }
        return new ComparisonVector(levels);
    }

    static int patternCount() {
        int count = 1;
        for (int i = 0; i < Field.values().length; i++) {
            count *= LEVELS;
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComparisonVector v && Arrays.equals(levels, v.levels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
