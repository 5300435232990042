package jp.tsunagu.ledger.view;

import static jp.tsunagu.ledger.testing.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.testing.Records;

class LedgerViewDerivationTest {

    static final UUID PERSON = UUID.randomUUID();

    final SourceRecord roster = record(SourceKind.SHELTER_ROSTER, "2024-01-02T00:00:00Z", RecordValues.builder()
            .set(LedgerField.FULL_NAME, "高橋 一郎").set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12))
            .set(LedgerField.WHEREABOUTS, "輪島中学校").set(LedgerField.DAMAGE_GRADE, DamageGrade.HALF_COLLAPSE)
            .set(LedgerField.CARE_NEEDED, true).set(LedgerField.SUPPORT_PROVIDED, List.of("食料支援"))
            .set(LedgerField.ADDRESS, "輪島市河井町1-23").build());
    final SourceRecord register = record(SourceKind.RESIDENT_REGISTER, "2024-01-01T00:00:00Z", RecordValues.builder()
            .set(LedgerField.FULL_NAME, "髙橋 一郎").set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12))
            .set(LedgerField.ADDRESS, "石川県輪島市河井町一丁目23番地").set(LedgerField.HOUSEHOLD_KEY, "H0001").build());
    final SourceRecord visit = record(SourceKind.OUTREACH_VISIT, "2024-01-20T00:00:00Z", RecordValues.builder()
            .set(LedgerField.FULL_NAME, "たかはし いちろう").set(LedgerField.WHEREABOUTS, "長男宅（金沢市）")
            .set(LedgerField.DAMAGE_GRADE, DamageGrade.LARGE_SCALE_HALF_COLLAPSE).set(LedgerField.CARE_NEEDED, false)
            .set(LedgerField.SUPPORT_PROVIDED, List.of("見守り訪問", "食料支援")).build());

    @Test
    void theResidentRegisterIsPreferredForTheBasicItemsEvenWhenOlder() {
        LedgerView view = LedgerViewDerivation.derive(PERSON, List.of(roster, visit, register));
        assertEquals(Optional.of("髙橋 一郎"), view.fullName());
        assertEquals(new Traced<>("髙橋 一郎", List.of(register.id()), DerivationRule.RESIDENT_REGISTER),
                view.item(LedgerField.FULL_NAME).orElseThrow());
        assertEquals(Optional.of("石川県輪島市河井町一丁目23番地"), view.address());
        assertEquals(DerivationRule.RESIDENT_REGISTER, view.item(LedgerField.HOUSEHOLD_KEY).orElseThrow().rule());
    }

    @Test
    void aCardVerifiedSelfReportCountsAsTheRegisterForTheCardsFourItemsButNotTheReading() {
        Instant at = Instant.parse("2024-01-25T00:00:00Z");
        SourceRecord portal = new SourceRecord(UUID.randomUUID(), Records.DISASTER,
                jp.tsunagu.ledger.record.Provenance.entered(SourceKind.RESIDENT_PORTAL, new Actor("svc-portal", "svc-portal"), at),
                jp.tsunagu.ledger.record.Fingerprint.of("portal:1"), Optional.empty(), RecordValues.builder()
                        .set(LedgerField.FULL_NAME, "髙橋 壹郎").set(LedgerField.FULL_NAME_KANA, "たかはし いちろう")
                        .set(LedgerField.ADDRESS, "石川県金沢市広坂1-1-1").build(), true);
        SourceRecord registerWithKana = record(SourceKind.RESIDENT_REGISTER, "2024-01-01T00:00:00Z", RecordValues.builder()
                .set(LedgerField.FULL_NAME, "髙橋 一郎").set(LedgerField.FULL_NAME_KANA, "タカハシ イチロウ").build());
        LedgerView view = LedgerViewDerivation.derive(PERSON, List.of(roster, registerWithKana, portal, visit));
        assertEquals(new Traced<>("髙橋 壹郎", List.of(portal.id()), DerivationRule.VERIFIED_BY_CARD),
                view.item(LedgerField.FULL_NAME).orElseThrow(), "the later official source wins");
        assertEquals(Optional.of("石川県金沢市広坂1-1-1"), view.address());
        assertEquals(DerivationRule.RESIDENT_REGISTER, view.item(LedgerField.FULL_NAME_KANA).orElseThrow().rule(),
                "the card carries no reading");

        SourceRecord unverified = new SourceRecord(UUID.randomUUID(), Records.DISASTER,
                jp.tsunagu.ledger.record.Provenance.entered(SourceKind.RESIDENT_PORTAL, new Actor("svc-portal", "svc-portal"), at),
                jp.tsunagu.ledger.record.Fingerprint.of("portal:2"), Optional.empty(), RecordValues.builder()
                        .set(LedgerField.FULL_NAME, "高橋 一朗").build(), false);
        assertEquals(DerivationRule.RESIDENT_REGISTER, LedgerViewDerivation.derive(PERSON, List.of(register, unverified))
                .item(LedgerField.FULL_NAME).orElseThrow().rule(), "an unverified report does not beat the register");
    }

    @Test
    void whereaboutsAndDamageComeFromTheLatestObservation() {
        LedgerView view = LedgerViewDerivation.derive(PERSON, List.of(visit, register, roster));
        assertEquals(Optional.of("長男宅（金沢市）"), view.whereabouts());
        assertEquals(List.of(visit.id()), view.item(LedgerField.WHEREABOUTS).orElseThrow().sources());
        assertEquals(Optional.of(DamageGrade.LARGE_SCALE_HALF_COLLAPSE), view.damageGrade());
        assertEquals(DerivationRule.LATEST_OBSERVATION, view.item(LedgerField.DAMAGE_GRADE).orElseThrow().rule());
    }

    @Test
    void supportAccumulatesAndCareStaysFlaggedOnceAnyRecordFlagsIt() {
        LedgerView view = LedgerViewDerivation.derive(PERSON, List.of(visit, roster));
        assertEquals(List.of("食料支援", "見守り訪問"), view.supportProvided());
        assertEquals(List.of(roster.id(), visit.id()), view.item(LedgerField.SUPPORT_PROVIDED).orElseThrow().sources());
        assertTrue(view.careNeeded(), "the later visit saying no does not clear the roster's flag");
        assertEquals(new Traced<>(true, List.of(roster.id()), DerivationRule.FLAGGED_BY_ANY), view.item(LedgerField.CARE_NEEDED).orElseThrow());
    }

    @Test
    void aStaffCorrectionBeatsEveryOtherSourceAndIsTracedLikeAnyRecord() {
        SourceRecord correction = SourceRecord.staffCorrection(Records.DISASTER, RecordValues.builder()
                        .set(LedgerField.FULL_NAME, "髙橋 壱郎").set(LedgerField.CARE_NEEDED, false).build(),
                "本人確認の上、戸籍の表記に訂正", new Actor("sub-lead", "lead"), Instant.parse("2023-12-01T00:00:00Z"));
        LedgerView view = LedgerViewDerivation.derive(PERSON, List.of(roster, visit, register, correction));
        assertEquals(Optional.of("髙橋 壱郎"), view.fullName(), "even when older than the register extract");
        assertEquals(List.of(correction.id()), view.item(LedgerField.FULL_NAME).orElseThrow().sources());
        assertEquals(DerivationRule.STAFF_CORRECTION, view.item(LedgerField.FULL_NAME).orElseThrow().rule());
        assertFalse(view.careNeeded(), "staff can clear the care flag");
    }

    @Test
    void everyValueInTheViewIsTracedToRecordsOfThePerson() {
        List<SourceRecord> records = List.of(roster, visit, register);
        LedgerView view = LedgerViewDerivation.derive(PERSON, records);
        List<UUID> ids = records.stream().map(SourceRecord::id).toList();
        assertEquals(List.of(register.id(), roster.id(), visit.id()), view.records(), "oldest first");
        for (var item : view.items().entrySet()) {
            assertTrue(ids.containsAll(item.getValue().sources()), item.getKey() + " is traced to the person's records");
            for (UUID source : item.getValue().sources()) {
                SourceRecord from = records.stream().filter(r -> r.id().equals(source)).findFirst().orElseThrow();
                assertTrue(from.values().get(item.getKey()).isPresent(), item.getKey() + " is stated by the record it is traced to");
            }
        }
        assertEquals(LedgerViewDerivation.derive(PERSON, List.of(visit, register, roster)).items(), view.items(),
                "the order records come in does not matter");
    }

    @Test
    void theViewPrintsItemNamesNotValues() {
        String text = LedgerViewDerivation.derive(PERSON, List.of(roster)).toString()
                + LedgerViewDerivation.derive(PERSON, List.of(roster)).item(LedgerField.FULL_NAME).orElseThrow();
        assertFalse(text.contains("高橋"));
        assertTrue(text.contains("FULL_NAME"));
    }
}
