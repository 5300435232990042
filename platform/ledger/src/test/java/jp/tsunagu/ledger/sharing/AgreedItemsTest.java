package jp.tsunagu.ledger.sharing;

import static jp.tsunagu.ledger.testing.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;
import jp.tsunagu.provisioning.agreements.SharedItem;

class AgreedItemsTest {

    // A person the ledger knows everything about, 個人番号 included.
    static final LedgerView EVERYTHING = LedgerViewDerivation.derive(UUID.randomUUID(), List.of(
            record(SourceKind.RESIDENT_REGISTER, "2024-01-01T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.FULL_NAME, "髙橋 一郎").set(LedgerField.FULL_NAME_KANA, "タカハシ イチロウ")
                    .set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12)).set(LedgerField.SEX, Sex.MALE)
                    .set(LedgerField.ADDRESS, "石川県輪島市河井町1-23").set(LedgerField.POSTAL_CODE, "928-0001")
                    .set(LedgerField.HOUSEHOLD_KEY, "H0001").set(LedgerField.HOUSEHOLD_SIZE, 2)
                    .set(LedgerField.MY_NUMBER, new EncryptedMyNumber("k1", new byte[40]))
                    .set(LedgerField.EXTERNAL_ID, "000100001").build()),
            record(SourceKind.OUTREACH_VISIT, "2024-01-20T00:00:00Z", RecordValues.builder()
                    .set(LedgerField.WHEREABOUTS, "富山市内のホテル").set(LedgerField.PHONE, "090-1234-5678")
                    .set(LedgerField.DAMAGE_GRADE, DamageGrade.TOTAL_COLLAPSE).set(LedgerField.CARE_NEEDED, true)
                    .set(LedgerField.CARE_REASON, "要介護1").set(LedgerField.SUPPORT_PROVIDED, List.of("見守り訪問"))
                    .set(LedgerField.CONSENTED_PARTIES, List.of("社会福祉協議会")).set(LedgerField.NOTE, "犬を連れている")
                    .build())));

    @ParameterizedTest
    @EnumSource(SharedItem.class)
    void noItemEverMeansMyNumberTheSourceIdNotesOrConsents(SharedItem item) {
        Set<LedgerField> fields = AgreedItems.fieldsOf(item);
        assertFalse(fields.isEmpty());
        assertTrue(fields.stream().noneMatch(AgreedItems.NEVER_SHARED::contains), fields::toString);
    }

    @Test
    void everyItemTogetherStillLeavesOutMyNumber() {
        Map<String, AgreedItems.Shown> shown = AgreedItems.of(EnumSet.allOf(SharedItem.class)).filter(EVERYTHING);
        assertFalse(shown.containsKey("myNumber"));
        assertFalse(shown.containsKey("externalId"));
        assertFalse(shown.containsKey("note"));
        assertFalse(shown.containsKey("consentedParties"));
        assertFalse(shown.values().stream().anyMatch(item -> item.value() instanceof EncryptedMyNumber));
        assertEquals("髙橋 一郎", shown.get("fullName").value());
    }

    @Test
    void identityAndWhereaboutsShowTheFourBasicItemsAndWhereTheyAreNothingElse() {
        Map<String, AgreedItems.Shown> shown = AgreedItems.of(Set.of(SharedItem.IDENTITY, SharedItem.WHEREABOUTS))
                .filter(EVERYTHING);
        assertEquals(Set.of("fullName", "fullNameKana", "birthDate", "sex", "postalCode", "address", "whereabouts"),
                shown.keySet());
        assertEquals("1955-04-12", shown.get("birthDate").value());
        assertEquals("MALE", shown.get("sex").value());
        assertEquals("居所", shown.get("whereabouts").label());
    }

    @Test
    void needsAndSupportRecordsShowCareAndSupportOnly() {
        Map<String, AgreedItems.Shown> shown = AgreedItems.of(Set.of(SharedItem.NEEDS, SharedItem.SUPPORT_RECORDS))
                .filter(EVERYTHING);
        assertEquals(Set.of("careNeeded", "careReason", "supportProvided"), shown.keySet());
        assertEquals(List.of("見守り訪問"), shown.get("supportProvided").value());
    }

    @Test
    void contactDamageAndHouseholdAreTheirOwnItems() {
        assertEquals(Set.of("phone"), AgreedItems.of(Set.of(SharedItem.CONTACT)).filter(EVERYTHING).keySet());
        assertEquals(Set.of("damageGrade"), AgreedItems.of(Set.of(SharedItem.DAMAGE)).filter(EVERYTHING).keySet());
        assertEquals(Set.of("householdKey", "householdSize"),
                AgreedItems.of(Set.of(SharedItem.HOUSEHOLD)).filter(EVERYTHING).keySet());
    }
}
