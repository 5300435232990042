package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiReadingsTest {

    private final KanjiReadings readings = KanjiReadings.bundled();

    @ParameterizedTest
    @CsvSource({"山田翔真,ヤマダショウマ", "吉田 明乃,よしだ あきの", "田中亜聡,タナカアサト", "高橋明歩,タカハシアキホ",
            "髙橋 一郎,タカハシイチロウ", "佐々木 花子,ササキハナコ", "山田 ゆう子,ヤマダユーコ", "遠藤聖,エンドウヒジリ"})
    void acceptsPlausibleReadings(String written, String kana) {
        assertTrue(readings.canRead(written, kana));
    }

    @ParameterizedTest
    @CsvSource({"山田太郎,ヤマダジロウ", "山田太郎,ヤマダハナコ", "佐藤花子,カトウハナコ", "優太,ユウト"})
    void refusesOtherNames(String written, String kana) {
        assertFalse(readings.canRead(written, kana));
    }

    @ParameterizedTest
    @CsvSource({"渡辺佑太,渡辺結太,true", "山田裕子,山田優子,true", "佐藤優太,佐藤優斗,false", "山田太郎,山田次郎,false",
            "山田太郎,山田太郎,false", "佐藤花子,佐藤花子子,false"})
    void tellsSpellingsThatCanSoundAlike(String a, String b, boolean expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, readings.canSoundAlike(a, b));
    }

    @ParameterizedTest
    @CsvSource({"角田和輝,カクタカズキ,true", "角田和輝,ツノダカズキ,true", "吉田明乃,ヨシダアキノ,true", "髙橋一郎,タカハシイチロウ,true",
            "角田和輝,サトウカズキ,false", "山田太郎,タナカタロウ,false"})
    void tellsWhetherKanaCanBeginLikeTheKanji(String written, String kana, boolean expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, readings.canBeginReading(written, kana));
    }
}
