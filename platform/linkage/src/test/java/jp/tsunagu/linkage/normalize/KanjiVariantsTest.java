package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KanjiVariantsTest {

    private final KanjiVariants variants = KanjiVariants.bundled();

    @ParameterizedTest
    @CsvSource({"髙橋,高橋", "山﨑,山崎", "齋藤,斎藤", "齊藤,斎藤", "渡邊,渡辺", "渡邉,渡辺", "澤田,沢田", "𠮷田,吉田",
            "嶋田,島田", "濱口,浜口", "廣田,広田", "櫻井,桜井", "國男,国男", "惠子,恵子", "眞一,真一", "德川,徳川",
            "髙槗,高橋", "靑木,青木", "戶田,戸田", "正彥,正彦", "淸水,清水", "龜井,亀井", "剝,剥"})
    void foldsOldAndVariantFormsTogether(String variant, String common) {
        assertTrue(variants.sameAfterFolding(variant, common));
    }

    @Test
    void surrogatePairsFoldAsOneCharacter() {
        assertEquals(variants.fold("吉田"), variants.fold("𠮷田"));
        assertEquals(2, variants.fold("𠮷田").length());
    }

    @Test
    void distinctCharactersStayDistinct() {
        assertNotEquals(variants.fold("歴"), variants.fold("暦"));
        assertNotEquals(variants.fold("余"), variants.fold("予"));
        assertNotEquals(variants.fold("花子"), variants.fold("花只"));
        assertNotEquals(variants.fold("佐藤"), variants.fold("加藤"));
    }

    @Test
    void theTableIsGeneratedNotHandPicked() {
        assertTrue(variants.size() > 1000, "variant table has " + variants.size() + " entries");
    }
}
