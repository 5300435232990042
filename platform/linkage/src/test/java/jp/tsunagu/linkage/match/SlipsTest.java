package jp.tsunagu.linkage.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlipsTest {

    @ParameterizedTest
    @CsvSource({"ヤマダ,ヤマタ", "ヤマダ,ヤマ", "ヤマダ,ヤマダタ", "ヤマダ,ヤダマ", "09012345678,09012345679", "𠮷田,吉田"})
    void oneSlip(String a, String b) {
        assertTrue(Slips.isOneSlip(a, b));
    }

    @ParameterizedTest
    @CsvSource({"ヤマダ,ヤマダ", "ヤマダ,カワダ", "ヤマダ,ダマヤ", "ア,イ"})
    void notOneSlip(String a, String b) {
        assertFalse(Slips.isOneSlip(a, b));
    }
}
