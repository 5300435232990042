package jp.tsunagu.ledger.imports.row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1970-03-01|1970-03-01", "1970/3/1|1970-03-01", "1970.3.1|1970-03-01", "19700301|1970-03-01",
            "1970年3月1日|1970-03-01", "１９７０／３／１|1970-03-01", "昭和45年3月1日|1970-03-01", "昭45.3.1|1970-03-01",
            "S45.3.1|1970-03-01", "s45/3/1|1970-03-01", "Ｓ４５．３．１|1970-03-01", "平成元年1月8日|1989-01-08",
            "昭和64年1月7日|1989-01-07", "H1.1.8|1989-01-08", "令和6年1月1日|2024-01-01", "R6.1.1|2024-01-01",
            "大正15年12月24日|1926-12-24", "3300412|1955-04-12", "4021130|1990-11-30",
            "昭和四十五年三月一日|1970-03-01", "平成元年一月八日|1989-01-08", "一九七〇年三月一日|1970-03-01",
            "令和六年十二月三十一日|2024-12-31"})
    void readsWesternAndJapaneseEraDates(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), JapaneseDates.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"平成元年1月7日", "昭和65年1月1日", "令和元年4月30日", "2023/2/29", "1960/2/30", "70/3/1",
            "S45", "昨日", "", "3300432", "平成元年一月七日", "昭和四十五年十三月一日"})
    void refusesDatesThatDoNotExistOrCannotBeTold(String text) {
        assertTrue(JapaneseDates.date(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024/01/15 09:12|2024-01-15T09:12", "2024-01-15T09:12:30|2024-01-15T09:12:30",
            "令和6年1月15日 9時12分|2024-01-15T09:12", "2024/1/15|2024-01-15T00:00"})
    void readsObservationTimes(String text, LocalDateTime expected) {
        assertEquals(Optional.of(expected), JapaneseDates.dateTime(text));
    }
}
