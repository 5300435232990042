package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void fullWidthDigitsAndLettersBecomeHalfWidth() {
        assertEquals("ABC123", JapaneseText.normalize("ＡＢＣ１２３"));
    }

    @Test
    void halfWidthKatakanaBecomesFullWidth() {
        assertEquals("ヤマダ タロウ", JapaneseText.normalize("ﾔﾏﾀﾞ ﾀﾛｳ"));
    }

    @Test
    void minusSignsAndDashesBecomeHyphens() {
        assertEquals("1-2-3-4-5", JapaneseText.normalize("1−2－3‐4―5"));
    }

    @Test
    void ideographicAndRepeatedSpacesBecomeOneSpace() {
        assertEquals("山田 太郎", JapaneseText.normalize(" 山田\u3000\u3000太郎 "));
        assertEquals("山田太郎", JapaneseText.withoutSpaces("山田　太郎"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", JapaneseText.normalize(null));
    }
}
