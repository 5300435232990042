package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private final NameNormalizer names = NameNormalizer.bundled();

    @Test
    void spacesBetweenFamilyAndGivenNameDoNotMatter() {
        assertEquals(names.normalize("山田 太郎", "").written(), names.normalize("山田　太郎", "").written());
        assertEquals(names.normalize("山田太郎", "").written(), names.normalize("山田 太郎", "").written());
    }

    @Test
    void kanaFieldInHiraganaOrHalfWidthBecomesKatakana() {
        PersonName name = names.normalize("山田 太郎", "ﾔﾏﾀﾞ ﾀﾛｳ");
        assertEquals("ヤマダタロウ", name.reading());
        assertFalse(name.readingDerived());
        assertEquals("ヤマダタロウ", names.normalize("山田太郎", "やまだ たろう").reading());
    }

    @Test
    void kanaOnlyNameIsItsOwnReading() {
        PersonName name = names.normalize("やまだ たろう", "");
        assertEquals("ヤマダタロウ", name.written());
        assertEquals("ヤマダタロウ", name.reading());
    }

    @Test
    void readingIsDerivedFromKanjiWhenNoKanaWasGiven() {
        PersonName name = names.normalize("斎藤 一郎", "");
        assertTrue(name.readingDerived());
        assertEquals("サイトウイチロウ", name.reading());
        assertEquals("サイトウ", names.normalize("齋藤", "").reading());
        assertEquals("ワタナベ", names.normalize("渡邊", "").reading());
    }

    @Test
    void variantKanjiGetTheReadingOfTheCommonForm() {
        assertEquals("タカハシ", names.normalize("髙橋", "").reading());
    }

    @Test
    void foldedKeyJoinsVariantSpellings() {
        assertEquals(names.normalize("髙橋 𠮷雄", "").folded(), names.normalize("高橋 吉雄", "").folded());
    }

    @Test
    void phoneticKeyFoldsLongVowels() {
        assertEquals(names.normalize("", "ユウコ").phonetic(), names.normalize("", "ユーコ").phonetic());
    }

    @Test
    void readingInBracketsAndHonorificsAreUnderstood() {
        PersonName name = names.normalize("山田 太郎（やまだ たろう）", "");
        assertEquals("山田太郎", name.written());
        assertEquals("ヤマダタロウ", name.reading());
        assertFalse(name.readingDerived());
        assertEquals("山田花子", names.normalize("山田 花子 様", "").written());
    }

    @Test
    void romajiNamesIgnoreCase() {
        assertEquals(names.normalize("NGUYEN VAN A", "").written(), names.normalize("Nguyen Van A", "").written());
    }

    @Test
    void neverPrintsTheName() {
        assertFalse(names.normalize("山田 太郎", "ヤマダ タロウ").toString().contains("山田"));
        assertFalse(names.normalize("山田 太郎", "ヤマダ タロウ").toString().contains("ヤマダ"));
    }

    @Test
    void blankNameIsNone() {
        assertTrue(names.normalize(" ", "").isEmpty());
    }
}
