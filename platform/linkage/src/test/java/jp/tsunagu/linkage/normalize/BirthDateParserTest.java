package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateParserTest {

    private final BirthDateParser parser = new BirthDateParser(LocalDate.of(2026, 11, 21));

    @ParameterizedTest
    @ValueSource(strings = {"1970-03-01", "1970/3/1", "1970.3.1", "19700301", "1970年3月1日", "１９７０年３月１日",
            "昭和45年3月1日", "昭和四十五年三月一日", "S45.3.1", "s45/3/1", "S45-03-01", "昭45.3.1", "㍼45年3月1日",
            "昭和45年 3月 1日", "1970年3月1日生", "3450301", "一九七〇年三月一日", "1970/03/01 0:00:00", "1970-03-01T00:00",
            "S45.03.01", "S.45.3.1"})
    void readsCommonForms(String text) {
        assertEquals(Optional.of(LocalDate.of(1970, 3, 1)), parser.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"H1-1-8,1989-01-08", "平成元年1月8日,1989-01-08", "昭和64年1月7日,1989-01-07", "R1.5.1,2019-05-01",
            "令和元年五月一日,2019-05-01", "平成31年4月30日,2019-04-30", "T15.12.24,1926-12-24", "昭和元年12月25日,1926-12-25",
            "M45.7.29,1912-07-29", "大正元年7月30日,1912-07-30", "2024/1/1,2024-01-01", "20240101,2024-01-01",
            "2024-02-29,2024-02-29"})
    void readsEraBoundaries(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), parser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"平成元年1月7日", "昭和64年1月8日", "平成31年5月1日", "令和元年4月30日", "大正15年12月25日",
            "2023-02-29", "1970-13-01", "1970-02-30", "70/3/1", "2027-01-01", "昭和", "unknown", "S0.1.1"})
    void refusesDatesThatDoNotExist(String text) {
        assertTrue(parser.parse(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　"})
    void blankIsEmpty(String text) {
        assertTrue(parser.parse(text).isEmpty());
    }
}
