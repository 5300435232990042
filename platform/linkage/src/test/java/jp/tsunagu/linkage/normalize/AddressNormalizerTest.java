package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressNormalizerTest {

    private final AddressNormalizer addresses = AddressNormalizer.bundled(Optional.empty());

    private String code(String address) {
        return addresses.normalize(address).municipality().map(m -> m.code().value()).orElse("none");
    }

    @Test
    void resolvesPrefectureAndMunicipality() {
        NormalizedAddress a = addresses.normalize("石川県輪島市河井町1部18-1");
        assertEquals("172049", a.municipality().orElseThrow().code().value());
        assertEquals(PrefectureCode.of("17"), a.prefecture().orElseThrow());
        assertEquals("河井町1部18-1", a.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"石川県輪島市河井町1部18-1", "輪島市河井町一部十八番地一", "石川県 輪島市 河井町１部１８－１",
            "〒928-0001 石川県輪島市河井町1部18番地1", "石川県輪島市河井町１部１８−１", "石川県輪島市河井町1部18の1"})
    void unifiesNotationsOfTheSameAddress(String address) {
        NormalizedAddress a = addresses.normalize(address);
        assertEquals("172049", a.municipality().orElseThrow().code().value());
        assertEquals("河井町1部18-1", a.detail());
    }

    @Test
    void unifiesChomeBanchiGo() {
        assertEquals(addresses.normalize("金沢市広坂1丁目1番1号").detail(), addresses.normalize("金沢市広坂一丁目1-1").detail());
        assertEquals("広坂1-1-1", addresses.normalize("金沢市広坂1－1－1").detail());
    }

    @Test
    void countyMayBeWrittenOrLeftOut() {
        assertEquals("174637", code("石川県鳳珠郡能登町宇出津"));
        assertEquals("174637", code("能登町宇出津"));
        assertEquals("174637", code("鳳珠郡能登町宇出津"));
    }

    @Test
    void wardsOfDesignatedCitiesResolveToTheCity() {
        NormalizedAddress ward = addresses.normalize("北海道札幌市中央区北1条西2丁目");
        assertEquals("011011", ward.municipality().orElseThrow().code().value());
        assertEquals("011002", ward.cityLevelCode().orElseThrow().value());
        assertEquals("011002", addresses.normalize("札幌市北1条西2丁目").cityLevelCode().orElseThrow().value());
        assertEquals("221384", code("静岡県浜松市中央区元城町103-2"));
    }

    @Test
    void ambiguousNamesNeedThePrefecture() {
        assertEquals("none", code("府中市宮西町2-24"));
        assertEquals("132063", code("東京都府中市宮西町2-24"));
        AddressNormalizer tokyo = AddressNormalizer.bundled(Optional.of(PrefectureCode.of("13")));
        assertEquals("131024", tokyo.normalize("中央区銀座1-1").municipality().orElseThrow().code().value());
    }

    @Test
    void placeNamesWithNumeralsKeepTheirKanji() {
        assertEquals("242021", code("三重県四日市市諏訪町1-5"));
        assertTrue(addresses.normalize("愛知県一宮市本町二丁目5番").detail().startsWith("本町2-5"));
        assertEquals("八幡町3-2", addresses.normalize("輪島市八幡町三丁目二番").detail());
    }

    @Test
    void variantKanjiInPlaceNamesResolve() {
        assertEquals("082082", code("茨城県竜ヶ崎市寺後"));
        assertEquals("082082", code("茨城県龍ケ崎市寺後"));
    }

    @Test
    void marksSheltersAsInstitutional() {
        assertTrue(addresses.normalize("輪島市立河井小学校 避難所").institutional());
        assertFalse(addresses.normalize("輪島市河井町1部18-1").institutional());
        assertFalse(addresses.normalize("東京都国分寺市本町1-1").institutional());
    }

    @Test
    void blankIsNone() {
        assertTrue(addresses.normalize("").isEmpty());
    }
}
