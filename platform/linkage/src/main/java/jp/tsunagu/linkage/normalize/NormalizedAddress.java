package jp.tsunagu.linkage.normalize;

import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * An address resolved to prefecture and municipality where possible, with the rest (町名, 丁目, 番地, 号, building)
 * as a {@code detail} key: kanji numerals as digits, 丁目/番地/番/の as '-', 号 dropped, variants folded. {@code
 * institutional} marks shelters, schools, halls and hospitals: a temporary address, not a home.
 */
public record NormalizedAddress(Optional<PrefectureCode> prefecture, Optional<Municipality> municipality,
                                String detail, boolean institutional) {

    public static final NormalizedAddress NONE = new NormalizedAddress(Optional.empty(), Optional.empty(), "", false);

    public NormalizedAddress {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(detail, "detail");
    }

    public Optional<MunicipalityCode> cityLevelCode() {
        return municipality.map(Municipality::cityLevelCode);
    }

    public boolean isEmpty() {
        return municipality.isEmpty() && detail.isEmpty();
    }

    @Override
    public String toString() {
        return "NormalizedAddress[municipality=" + municipality.map(m -> m.code().value()).orElse("-") + "]";
    }
}
