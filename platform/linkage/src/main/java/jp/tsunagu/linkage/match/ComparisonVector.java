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
