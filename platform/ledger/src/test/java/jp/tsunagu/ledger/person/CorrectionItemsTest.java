package jp.tsunagu.ledger.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** A staff correction's items are read by the import rules, and only the items it names are stated. */
class CorrectionItemsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

    @Test
    void itemsAreReadAsAnImportOfTheStandardFormatReadsThem() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("birthDate", "昭和30年4月12日");
        items.put("damageGrade", "大規模半壊");
        items.put("careNeeded", "いいえ");
        items.put("supportProvided", "食料支援\n見守り訪問");
        items.put("whereabouts", "金沢市内の長男宅");

        RecordValues values = CorrectionItems.read(items, TODAY);

        assertEquals(EnumSet.of(LedgerField.BIRTH_DATE, LedgerField.DAMAGE_GRADE, LedgerField.CARE_NEEDED,
                LedgerField.SUPPORT_PROVIDED, LedgerField.WHEREABOUTS), values.stated(), "no name is made up");
        assertEquals(Optional.of(LocalDate.of(1955, 4, 12)), values.birthDate());
        assertEquals(Optional.of(DamageGrade.LARGE_SCALE_HALF_COLLAPSE), values.get(LedgerField.DAMAGE_GRADE));
        assertEquals(Optional.of(false), values.get(LedgerField.CARE_NEEDED), "a correction can clear 要配慮者");
        assertEquals(List.of("食料支援", "見守り訪問"), values.supportProvided());
    }

    @Test
    void aCorrectedNameIsKeptAsWritten() {
        assertEquals(Optional.of("髙橋 﨑子"), CorrectionItems.read(Map.of("fullName", "髙橋 﨑子"), TODAY).fullName());
    }

    @Test
    void aValueTheImportWouldRefuseIsRefusedByField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of("birthDate", "平成元年1月7日"), TODAY));
        assertEquals(Optional.of("items.birthDate"), refused.field());
        assertTrue(refused.getMessage().contains("INVALID_DATE"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("平成"), "the value is not repeated");
    }

    @Test
    void unknownItemsMyNumberAndEmptyCorrectionsAreRefused() {
        assertEquals(Optional.of("items.shoeSize"), assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of("shoeSize", "26"), TODAY)).field());
        assertEquals(Optional.of("items.observedAt"), assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of("observedAt", "2024/1/5"), TODAY)).field());
        assertEquals(Optional.of("items.myNumber"), assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of("myNumber", "123456789018"), TODAY)).field());
        assertEquals(Optional.of("items.whereabouts"), assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of("whereabouts", " "), TODAY)).field());
        assertEquals(Optional.of("items"), assertThrows(InvalidRequestException.class,
                () -> CorrectionItems.read(Map.of(), TODAY)).field());
    }
}
