package jp.tsunagu.ledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Key building: what a record's spelling is indexed under, and what a typed query may match. */
class NameKeysTest {

    private final NameKeys keys = NameKeys.bundled();

    private Set<String> of(String name, String kana) {
        Set<String> set = new TreeSet<>();
        keys.addKeys(name, kana, set);
        return set;
    }

    /** Whether a query typed as one word finds the spelling. */
    private boolean finds(String query, String name, String kana) {
        Set<String> indexed = of(name, kana);
        NameQuery parsed = NameQuery.parse(keys, query).orElseThrow();
        boolean everyWord = parsed.words().stream().allMatch(word -> word.stream().anyMatch(indexed::contains));
        return everyWord || parsed.joined().stream().anyMatch(indexed::contains);
    }

    @Test
    void everyPrefixOfTheWholeNameAndReadingIsAKey() {
        Set<String> indexed = of("髙橋　一郎", "たかはし いちろう");
        assertTrue(indexed.containsAll(List.of("W:高", "W:高橋", "W:高橋一", "W:高橋一郎")), "variants folded, spaces gone");
        assertTrue(indexed.containsAll(List.of("R:タ", "R:タカハシ", "R:タカハシチロ")),
                "hiragana as katakana, as it sounds (イ after シ lengthens it, as in ケイコ / ケーコ)");
        assertTrue(indexed.containsAll(List.of("w:一", "w:一郎", "r:イ", "r:イチロ")), "the given name on its own");
        assertFalse(indexed.stream().anyMatch(k -> k.startsWith("K:")), "a name with kanji has no kana-name reading");
    }

    @Test
    void kanjiVariantsFoldInRecordsAndQueriesAlike() {
        assertTrue(finds("高橋", "髙橋 一郎", ""));
        assertTrue(finds("髙橋", "高橋 一郎", ""));
        assertTrue(finds("山崎", "山﨑 ハナ", ""));
        assertTrue(finds("斎藤", "齋藤 花子", ""));
        assertTrue(finds("渡辺", "渡邊 健太", ""));
        assertTrue(finds("渡邉", "渡辺 健太", ""));
    }

    @Test
    void hiraganaKatakanaAndHalfWidthKanaAreOne() {
        assertTrue(finds("やまさき", "山﨑 ハナ", "ヤマサキ ハナ"));
        assertTrue(finds("ヤマサキ", "山﨑 ハナ", "やまさき はな"));
        assertTrue(finds("ﾔﾏｻｷ", "山﨑 ハナ", "やまさき はな"));
        assertTrue(finds("やまさき", "山﨑 ハナ", "ﾔﾏｻｷ ﾊﾅ"));
    }

    @Test
    void readingsMatchAsTheySoundLongVowelsAndVoicingFolded() {
        assertTrue(finds("やまざき", "山﨑 ハナ", "やまさき はな"), "families spell ヤマサキ and ヤマザキ both ways");
        assertTrue(finds("さとう", "佐藤 一郎", "サトー イチロー"));
        assertTrue(finds("サトー イチロウ", "佐藤 一郎", "さとう いちろう"));
        assertTrue(finds("おおの", "", "オーノ ハナ"));
        assertFalse(finds("さいとう", "", "サトウ ハナ"), "a different sound is not found");
    }

    @Test
    void spacesBetweenFamilyAndGivenNameDoNotMatter() {
        assertTrue(finds("髙橋一郎", "高橋　一郎", ""));
        assertTrue(finds("高橋 一郎", "髙橋一郎", ""));
        assertTrue(finds("たかはし　いちろう", "髙橋 一郎", "たかはしいちろう"));
        assertTrue(finds("タカハシイチロウ", "髙橋 一郎", "たかはし いちろう"));
    }

    @Test
    void laterWordsMatchGivenNamesInEitherScript() {
        assertTrue(finds("山崎 ハナ", "山﨑 花", "やまさき はな"));
        assertTrue(finds("山崎 はな", "山﨑 ハナ", ""));
        assertTrue(finds("やまさき 花", "山﨑 花", "やまさき はな"));
        assertFalse(finds("山崎 一郎", "山﨑 花", "やまさき はな"));
        assertFalse(finds("ハナ", "山﨑 ハナ", "やまさき はな"), "a first word is a family name, not a given name");
    }

    @Test
    void aKanjiQueryReachesANameRecordedOnlyInKanaThroughItsReading() {
        assertTrue(finds("高橋", "たかはし みき", ""));
        assertTrue(finds("髙橋", "", "タカハシ ミキ"), "only ふりがな recorded");
        assertTrue(finds("高橋 みき", "たかはし みき", ""));
        assertFalse(finds("高橋", "鷹嘴 みき", "たかはし みき"), "a name in other kanji is not found by reading");
    }

    @Test
    void aKanaQueryReachesANameRecordedOnlyInKanjiThroughTheDerivedReading() {
        assertTrue(finds("わたなべ", "渡邊 健太", ""));
        assertTrue(finds("さいとう", "齋藤 花子", ""));
        Set<String> indexed = of("渡邊 健太", "");
        assertTrue(indexed.contains("R:ワタナヘ"), "the derived reading, as it sounds");
    }

    @Test
    void aQueryDetectsItsScriptAndCutsLongWords() {
        assertEquals(Set.of("R:ヤマサキ"), keys.alternatives("やまさき", false));
        assertEquals(Set.of("r:ハナ"), keys.alternatives("ﾊﾅ", true));
        assertTrue(keys.alternatives("髙橋", false).containsAll(Set.of("W:高橋", "K:タカハシ")));
        assertEquals(Set.of("W:NGUYEN"), keys.alternatives("Nguyen", false));
        String longest = "カ".repeat(NameKeys.LONGEST_PREFIX);
        assertEquals(Set.of("R:" + longest), keys.alternatives(longest + "イウ", false));
        assertTrue(NameQuery.parse(keys, "様").isEmpty(), "an honorific alone searches nothing");
    }
}
