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
}
