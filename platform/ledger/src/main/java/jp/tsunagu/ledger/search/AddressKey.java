package jp.tsunagu.ledger.search;

import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.JapaneseText;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.Municipality;
import jp.tsunagu.linkage.normalize.NormalizedAddress;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * An address as search compares it, from the linkage module's {@link AddressNormalizer}: the prefecture and
 * municipality it names (for a ward of a designated city, the ward and the city), the rest as a normalised
 * {@code detail} (町名 and 番地 with kanji numerals as digits, 丁目/番地 as hyphens, variants folded: 河井町一丁目23番地 =
 * 河井町1-23), and the whole address width- and variant-folded as {@code text}, for parts a staff member types that
 * name no whole municipality (「輪島」). Stored and typed addresses go through the same normaliser, so they compare.
 */
record AddressKey(Optional<PrefectureCode> prefecture, Optional<MunicipalityCode> municipality,
                  Optional<MunicipalityCode> city, String detail, String text) {

    static final AddressKey NONE = new AddressKey(Optional.empty(), Optional.empty(), Optional.empty(), "", "");

    AddressKey {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(text, "text");
    }

    static AddressKey of(AddressNormalizer normalizer, KanjiVariants variants, String address) {
        NormalizedAddress normalized = normalizer.normalize(address);
        return new AddressKey(normalized.prefecture(), normalized.municipality().map(Municipality::code),
                normalized.cityLevelCode(), normalized.detail(), variants.fold(JapaneseText.withoutSpaces(address)));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return "AddressKey[municipality=" + municipality.map(MunicipalityCode::value).orElse("-") + "]";
    }
}
