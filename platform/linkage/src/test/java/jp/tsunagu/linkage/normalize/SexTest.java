package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @ParameterizedTest
    @ValueSource(strings = {"男", "男性", "1", "１", "M", "m", "male", "Male"})
    void readsMale(String text) {
        assertEquals(Optional.of(Sex.MALE), Sex.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"女", "女性", "2", "F", "female", "ＦＥＭＡＬＥ"})
    void readsFemale(String text) {
        assertEquals(Optional.of(Sex.FEMALE), Sex.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "0", "", "不明", "unknown"})
    void readsUnknown(String text) {
        assertEquals(Optional.of(Sex.UNKNOWN), Sex.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "yes", "男女"})
    void refusesOtherValues(String text) {
        assertTrue(Sex.parse(text).isEmpty());
    }
}
