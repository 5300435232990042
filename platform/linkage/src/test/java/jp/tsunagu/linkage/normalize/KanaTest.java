package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KanaTest {

    @Test
    void hiraganaAndKatakanaConvertBothWays() {
        assertEquals("ヤマダ タロウ", Kana.toKatakana("やまだ たろう"));
        assertEquals("やまだ たろう", Kana.toHiragana("ヤマダ タロウ"));
        assertEquals("ヴ", Kana.toKatakana("ゔ"));
    }

    @Test
    void classifiesKanaAndKanji() {
        assertTrue(Kana.isKanaOnly("さとう ユーコ"));
        assertTrue(Kana.isKanaOnly("ジョン・スミス"));
        assertFalse(Kana.isKanaOnly("佐藤ゆう子"));
        assertTrue(Kana.hasKanji("佐藤ゆう子"));
        assertTrue(Kana.hasKanji("𠮷田"));
        assertFalse(Kana.hasKanji("SATO"));
    }
}
