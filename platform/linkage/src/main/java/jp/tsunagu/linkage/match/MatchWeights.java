package jp.tsunagu.linkage.match;

import java.util.Arrays;
import java.util.Locale;

/**
 * Fellegi-Sunter parameters: for every field and agreement level, m = P(level | same person) and u = P(level |
 * different persons, a random pair). A level's weight is log2(m/u) bits; MISSING weighs 0, so absent fields are
 * neutral. Address and phone are not independent (a household shares both), so when both agree only the larger
 * weight counts in full and the smaller one for a quarter; and when the names disagree, a shared home or landline
 * counts nothing (it is what two members of one household share).
 */
public final class MatchWeights {

    private static final int FIELDS = Field.values().length;
    private static final int LEVELS = Agreement.values().length;
    private static final double SECOND_HOUSEHOLD_SIGNAL = 0.25;

    private final double[][] m;
    private final double[][] u;
    private final double[][] weight;

    MatchWeights(double[][] m, double[][] u) {
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.weight = new double[FIELDS][LEVELS];
        for (int f = 0; f < FIELDS; f++) {
            for (int l = 0; l < LEVELS; l++) {
                boolean neutral = l == Agreement.MISSING.ordinal() || m[f][l] <= 0 || u[f][l] <= 0;
                weight[f][l] = neutral ? 0 : Math.log(m[f][l] / u[f][l]) / Math.log(2);
            }
        }
    }

    /**
     * Priors measured on the synthetic benchmark (EM for m on blocked pairs, u from random pairs; see
     * docs/linkage.md) and rounded; levels a field cannot take have m = u = 0.
     */
    public static MatchWeights defaults() {
        double[][] m = new double[FIELDS][LEVELS];
        double[][] u = new double[FIELDS][LEVELS];
        //          EXACT     VARIANT   CLOSE     SWAPPED   MISSING DISAGREE
        set(m, u, Field.NAME,
                new double[] {0.62, 0.22, 0.13, 0, 0, 0.03},
                new double[] {2e-5, 3e-5, 4e-4, 0, 0, 0.9995});
        set(m, u, Field.BIRTH_DATE,
                new double[] {0.90, 0, 0.05, 0.03, 0, 0.02},
                new double[] {4e-5, 0, 1e-3, 3e-5, 0, 0.999});
        set(m, u, Field.SEX,
                new double[] {0.985, 0, 0, 0, 0, 0.015},
                new double[] {0.5, 0, 0, 0, 0, 0.5});
        set(m, u, Field.ADDRESS,
                new double[] {0.80, 0.08, 0.04, 0, 0, 0.0005},
                new double[] {2e-5, 4e-4, 0.02, 0, 0, 0.98});
        set(m, u, Field.PHONE,
                new double[] {0.62, 0.25, 0.03, 0, 0, 0.10},
                new double[] {1e-6, 5e-6, 1e-4, 0, 0, 0.9999});
        return new MatchWeights(m, u);
    }

    private static void set(double[][] m, double[][] u, Field field, double[] mValues, double[] uValues) {
        m[field.ordinal()] = mValues.clone();
        u[field.ordinal()] = uValues.clone();
    }

    public double weight(Field field, Agreement level) {
        return weight[field.ordinal()][level.ordinal()];
    }

    public double m(Field field, Agreement level) {
        return m[field.ordinal()][level.ordinal()];
    }

    public double u(Field field, Agreement level) {
        return u[field.ordinal()][level.ordinal()];
    }

    /** The total weight of a comparison in bits (log2 of the likelihood ratio). */
    public double score(ComparisonVector vector) {
        double total = 0;
        for (Field f : Field.values()) {
            if (f != Field.ADDRESS && f != Field.PHONE) {
                total += weight(f, vector.get(f));
            }
        }
        double address = weight(Field.ADDRESS, vector.get(Field.ADDRESS));
        double phone = weight(Field.PHONE, vector.get(Field.PHONE));
        if (vector.get(Field.NAME) == Agreement.DISAGREE) {
            // Two names that disagree under one roof are two members of a household: a shared home or landline
            // (or a shelter) says so and nothing more. A shared mobile, personal, still counts.
            address = Math.min(address, 0);
            phone = vector.get(Field.PHONE) == Agreement.EXACT ? phone : Math.min(phone, 0);
        }
        if (address > 0 && phone > 0) {
            total += Math.max(address, phone) + SECOND_HOUSEHOLD_SIGNAL * Math.min(address, phone);
        } else {
            total += address + phone;
        }
        return total;
    }

    double[][] mTable() {
        return deepCopy(m);
    }

    double[][] uTable() {
        return deepCopy(u);
    }

    private static double[][] deepCopy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }

    /** A table of m, u and weight per field and level, for documentation and the benchmark report. */
    public String describe() {
        StringBuilder out = new StringBuilder("field        level      m         u          weight\n");
        for (Field f : Field.values()) {
            for (Agreement a : Agreement.values()) {
                if (m(f, a) > 0 || u(f, a) > 0) {
                    out.append(String.format(Locale.ROOT, "%-12s %-9s %-9.4g %-10.3g %+7.2f%n", f, a, m(f, a), u(f, a), weight(f, a)));
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "MatchWeights" + Arrays.deepToString(weight);
    }
}
