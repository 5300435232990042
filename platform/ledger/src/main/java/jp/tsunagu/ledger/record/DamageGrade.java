package jp.tsunagu.ledger.record;

/**
 * 住家被害の程度: the dwelling damage grade of the 罹災証明書 (災害の被害認定基準), from the worst to none. The order
 * matters: {@link #isWorseThan} compares grades.
 */
public enum DamageGrade {
    TOTAL_COLLAPSE("全壊"),
    LARGE_SCALE_HALF_COLLAPSE("大規模半壊"),
    MEDIUM_SCALE_HALF_COLLAPSE("中規模半壊"),
    HALF_COLLAPSE("半壊"),
    QUASI_HALF_COLLAPSE("準半壊"),
    PARTIAL_DAMAGE("一部損壊"),
    NO_DAMAGE("被害なし");

    private final String japanese;

    DamageGrade(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public boolean isWorseThan(DamageGrade other) {
        return ordinal() < other.ordinal();
    }
}
