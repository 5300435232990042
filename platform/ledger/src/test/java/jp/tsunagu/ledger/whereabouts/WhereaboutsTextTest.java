package jp.tsunagu.ledger.whereabouts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class WhereaboutsTextTest {

    static final WhereaboutsText READER = WhereaboutsText.bundled(PrefectureCode.of(17));

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "輪島市立輪島中学校, DESIGNATED_SHELTER, 172049",
            "珠洲市内で車中泊, OTHER_SHELTER, 172057",
            "七尾市の長女宅, RELATIVES_HOME, 172022",
            "加賀市のホテル（2次避難）, HOTEL, 172065",
            "金沢市 みなし仮設住宅, TEMPORARY_HOUSING, 172014",
            "自宅, OWN_HOME, -",
            "恵寿総合病院, HOSPITAL_OR_CARE, -",
            "所在不明, UNKNOWN, -",
            "富山県高岡市, -, 162027",
            "ｱﾊﾟｰﾄ, -, -"})
    void importedTextIsReadForKindAndMunicipality(String text, String kind, String municipality) {
        assertEquals(Optional.ofNullable(kind).map(WhereaboutsKind::valueOf), WhereaboutsText.kindOf(text), text);
        assertEquals(Optional.ofNullable(municipality).map(MunicipalityCode::of), READER.municipalityOf(text), text);
    }

    @ParameterizedTest
    @CsvSource({"141011, 141003", "172014, 172014"})
    void aWardBelongsToItsDesignatedCity(String ward, String city) {
        assertEquals(MunicipalityCode.of(city), READER.cityOf(MunicipalityCode.of(ward)));
    }
}
