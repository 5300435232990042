package jp.tsunagu.tenants.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @Test
    void acceptsKnownCodesWithTheirCheckDigit() {
        assertEquals("172049", new MunicipalityCode("172049").value()); // 輪島市
        assertEquals("172014", new MunicipalityCode("172014").value()); // 金沢市
        assertEquals("131016", new MunicipalityCode("131016").value()); // 千代田区
    }

    @Test
    void completesAFiveDigitCodeWithItsCheckDigit() {
        assertEquals("172049", MunicipalityCode.of("17204").value());
        assertEquals("221384", MunicipalityCode.of("22138").value()); // 浜松市中央区 (2024)
    }

    @Test
    void refusesAWrongCheckDigit() {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> new MunicipalityCode("172048"));
        assertEquals("municipalityCode", e.field());
    }

    @Test
    void refusesMalformedCodesAndPrefecturesThatDoNotExist() {
        assertThrows(InvalidCodeException.class, () -> MunicipalityCode.of("17-204"));
        assertThrows(InvalidCodeException.class, () -> MunicipalityCode.of("1720490"));
        assertThrows(InvalidCodeException.class, () -> MunicipalityCode.of("48001"));
    }

    @Test
    void knowsItsPrefecture() {
        MunicipalityCode wajima = MunicipalityCode.of("172049");
        assertEquals(PrefectureCode.of(17), wajima.prefecture());
        assertTrue(wajima.belongsTo(PrefectureCode.of("17")));
        assertFalse(wajima.belongsTo(PrefectureCode.of("16")));
    }
}
