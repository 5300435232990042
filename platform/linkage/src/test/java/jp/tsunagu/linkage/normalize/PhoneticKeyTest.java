package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

    @Test
    void longVowelsWithUAndTheMarkFoldTogether() {
        assertEquals(PhoneticKey.of("ユウコ"), PhoneticKey.of("ユーコ"));
        assertEquals(PhoneticKey.of("ユウコ"), PhoneticKey.of("ゆうこ"));
        assertEquals(PhoneticKey.of("サトウ"), PhoneticKey.of("サトー"));
    }

    @Test
    void longOFoldsWithTheShortForm() {
        assertEquals("オノ", PhoneticKey.of("オオノ"));
        assertEquals("オノ", PhoneticKey.of("オーノ"));
        assertEquals("オノ", PhoneticKey.of("オノ"));
    }

    @Test
    void eiAndObsoleteKanaFold() {
        assertEquals(PhoneticKey.of("ケイコ"), PhoneticKey.of("ケーコ"));
        assertEquals(PhoneticKey.of("ヴィクトル"), PhoneticKey.of("ビクトル"));
        assertEquals(PhoneticKey.of("ミカヅキ"), PhoneticKey.of("ミカズキ"));
    }

    @Test
    void halfWidthAndSpacesDoNotMatter() {
        assertEquals(PhoneticKey.of("ヤマダ タロウ"), PhoneticKey.of("ﾔﾏﾀﾞﾀﾛｰ"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(PhoneticKey.of("タロウ"), PhoneticKey.of("ジロウ"));
        assertNotEquals(PhoneticKey.of("カトウ"), PhoneticKey.of("サトウ"));
    }
}
