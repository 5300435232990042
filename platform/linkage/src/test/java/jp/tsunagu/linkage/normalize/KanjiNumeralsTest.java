package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanjiNumeralsTest {

    @ParameterizedTest
    @CsvSource({"四十五,45", "十八,18", "十,10", "三,3", "百二,102", "千九百七十,1970", "二〇二四,2024", "一九七〇,1970",
            "弐拾,20", "三十一,31"})
    void readsPositionalAndDigitByDigitNumerals(String kanji, long value) {
        assertEquals(value, KanjiNumerals.valueOf(kanji));
    }

    @ParameterizedTest
    @CsvSource({"昭和四十五年三月一日,昭和45年3月1日", "一丁目二番三号,1丁目2番3号"})
    void replacesRunsInText(String text, String expected) {
        assertEquals(expected, KanjiNumerals.toArabic(text));
    }
}
