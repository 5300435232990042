package jp.tsunagu.tenants.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrefectureCodeTest {

    @Test
    void namesItsRealmAndSchema() {
        PrefectureCode ishikawa = PrefectureCode.of(17);
        assertEquals("17", ishikawa.value());
        assertEquals("pref-17", ishikawa.realmName());
        assertEquals("tenant_17", ishikawa.schemaName());
    }

    @Test
    void refusesCodesOutsideOneToFortySeven() {
        assertThrows(InvalidCodeException.class, () -> PrefectureCode.of("00"));
        assertThrows(InvalidCodeException.class, () -> PrefectureCode.of("48"));
        assertThrows(InvalidCodeException.class, () -> PrefectureCode.of("7"));
        assertThrows(InvalidCodeException.class, () -> PrefectureCode.of("1; DROP SCHEMA"));
    }
}
