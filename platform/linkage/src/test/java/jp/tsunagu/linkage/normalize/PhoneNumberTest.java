package jp.tsunagu.linkage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"090-1234-5678", "09012345678", "０９０－１２３４－５６７８", "+81 90 1234 5678", "+81-90-1234-5678",
            "(090)1234-5678", "819012345678", "00819012345678"})
    void readsAMobileNumberInAnyNotation(String text) {
        PhoneNumber phone = PhoneNumber.parse(text).orElseThrow();
        assertEquals("09012345678", phone.digits());
        assertEquals(PhoneNumber.Kind.MOBILE, phone.kind());
        assertTrue(phone.isPersonal());
    }

    @Test
    void readsLandlines() {
        PhoneNumber phone = PhoneNumber.parse("0768-22-1234").orElseThrow();
        assertEquals("0768221234", phone.digits());
        assertEquals(PhoneNumber.Kind.LANDLINE, phone.kind());
        assertFalse(phone.isPersonal());
        assertEquals("0312345678", PhoneNumber.parse("+81-3-1234-5678").orElseThrow().digits());
    }

    @Test
    void takesTheFirstOfSeveralNumbers() {
        assertEquals("09012345678", PhoneNumber.parse("090-1234-5678/0768-22-1234").orElseThrow().digits());
        assertEquals("0768221234", PhoneNumber.parse("0768-22-1234（自宅）").orElseThrow().digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "090-1234-567", "0768-22-12345", "none"})
    void refusesWhatIsNotAJapaneseNumber(String text) {
        assertTrue(PhoneNumber.parse(text).isEmpty());
    }

    @Test
    void neverPrintsTheNumber() {
        assertFalse(PhoneNumber.parse("090-1234-5678").orElseThrow().toString().contains("1234"));
    }
}
