package jp.tsunagu.ledger.imports.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.imports.csv.FileEncoding;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.Interpretation.Accepted;
import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestKeys;

/** Each built-in profile reads a realistic sample of the sheet it is for. */
class BuiltInProfilesTest {

    @Test
    void everyBuiltInProfileLoadsAndSurvivesAJsonRoundTrip() {
        assertEquals(6, BuiltInProfiles.all().size());
        for (ColumnProfile profile : BuiltInProfiles.all()) {
            assertEquals(profile, ProfileJson.read(ProfileJson.write(profile)), profile.name());
        }
    }

    @Test
    void shelterRosterInUtf8WithBom() {
        assertEquals(FileEncoding.UTF_8_BOM, Samples.scan("shelter-roster.csv").encoding());
        List<RecordValues> rows = accepted("shelter-roster.csv", BuiltInProfiles.SHELTER_ROSTER, 4);
        RecordValues takahashi = rows.get(0);
        assertEquals(Optional.of("髙橋　一郎"), takahashi.fullName(), "names are kept as written, 髙 included");
        assertEquals(Optional.of(LocalDate.of(1955, 4, 12)), takahashi.birthDate());
        assertEquals(Optional.of(Sex.MALE), takahashi.sex());
        assertEquals(Optional.of("輪島市立輪島中学校"), takahashi.get(LedgerField.WHEREABOUTS));
        assertEquals(Optional.of("石川県輪島市河井町1-23"), takahashi.address());
        assertEquals(Optional.of(DamageGrade.TOTAL_COLLAPSE), takahashi.get(LedgerField.DAMAGE_GRADE));
        assertEquals(Optional.of("A-001"), takahashi.get(LedgerField.HOUSEHOLD_KEY));
        assertEquals(Optional.of("世帯主"), takahashi.get(LedgerField.HOUSEHOLD_RELATIONSHIP));
        RecordValues sakiko = rows.get(1);
        assertEquals(Optional.of("髙橋　﨑子"), sakiko.fullName());
        assertEquals(Optional.of(LocalDate.of(1958, 8, 1)), sakiko.birthDate(), "S33.8.1");
        assertEquals(Optional.of(true), sakiko.get(LedgerField.CARE_NEEDED), "○ means yes");
        assertEquals(Optional.of("要介護2\n車いす使用"), sakiko.get(LedgerField.CARE_REASON), "a line break inside quotes");
        assertEquals(Optional.of(Sex.FEMALE), rows.get(3).sex(), "sex code 2");
        assertEquals(Optional.of(LocalDate.of(2020, 5, 5)), rows.get(3).birthDate(), "令和2年5月5日");
    }

    @Test
    void shelterRosterObservationTimeIsTheAdmissionDayInJapan() {
        Accepted first = (Accepted) Samples.interpret("shelter-roster.csv", BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER)).get(0);
        assertEquals(Optional.of(LocalDate.of(2024, 1, 2).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()), first.observedAt());
        assertTrue(first.asReceivedJson().contains("\"年齢\":\"68\""), "columns no field uses are kept as received");
    }

    @Test
    void outreachVisitSheetInShiftJis() {
        assertEquals(FileEncoding.WINDOWS_31J, Samples.scan("outreach-visit.csv").encoding());
        List<RecordValues> rows = accepted("outreach-visit.csv", BuiltInProfiles.OUTREACH_VISIT, 2);
        RecordValues hana = rows.get(0);
        assertEquals(Optional.of("山﨑 ハナ"), hana.fullName());
        assertEquals(Optional.of(LocalDate.of(1941, 3, 3)), hana.birthDate());
        assertEquals(Optional.of("長男宅（金沢市）"), hana.get(LedgerField.WHEREABOUTS));
        assertEquals(Optional.of(DamageGrade.LARGE_SCALE_HALF_COLLAPSE), hana.get(LedgerField.DAMAGE_GRADE));
        assertEquals(List.of("食料支援", "見守り訪問"), hana.supportProvided());
        assertEquals(List.of("社会福祉協議会", "珠洲市役所"), hana.consentedParties());
        assertEquals(Optional.of(1), hana.get(LedgerField.HOUSEHOLD_SIZE));
        assertEquals(Optional.of("屋根のブルーシートが必要"), hana.get(LedgerField.NOTE));
        assertEquals(Optional.of(false), rows.get(1).get(LedgerField.CARE_NEEDED), "なし means no");
    }

    @Test
    void callCentreIntakeWithTimes() {
        List<Interpretation> rows = Samples.interpret("call-centre.csv", BuiltInProfiles.require(BuiltInProfiles.CALL_CENTRE));
        Accepted saito = (Accepted) rows.get(0);
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15).atTime(9, 12).atZone(ZoneId.of("Asia/Tokyo")).toInstant()), saito.observedAt());
        assertEquals(Optional.of("齋藤 美和"), saito.values().fullName());
        assertEquals(Optional.of(CertificateStatus.APPLIED), saito.values().get(LedgerField.CERTIFICATE_STATUS));
        assertEquals(Optional.of(DamageGrade.MEDIUM_SCALE_HALF_COLLAPSE), saito.values().get(LedgerField.DAMAGE_GRADE));
        assertEquals(Optional.of("罹災証明の調査日を知りたい。\"至急\"とのこと"), saito.values().get(LedgerField.NOTE));
        assertEquals(Optional.of("七尾市内のホテル"), saito.values().get(LedgerField.WHEREABOUTS));
        Accepted sato = (Accepted) rows.get(1);
        assertEquals(Optional.of(LocalDate.of(1972, 10, 10)), sato.values().birthDate(), "compact 19721010");
        assertEquals(Optional.of(CertificateStatus.NOT_APPLIED), sato.values().get(LedgerField.CERTIFICATE_STATUS));
    }

    @Test
    void residentRegisterExtractWithSplitNamesHalfWidthKanaEraCodesAndMyNumber() {
        assertEquals(FileEncoding.WINDOWS_31J, Samples.scan("resident-register.csv").encoding());
        ColumnProfile register = BuiltInProfiles.require(BuiltInProfiles.RESIDENT_REGISTER);
        assertEquals(Optional.of(SourceKind.RESIDENT_REGISTER), register.sourceKind());
        List<Interpretation> rows = Samples.interpret("resident-register.csv", register);
        RecordValues ichiro = ((Accepted) rows.get(0)).values();
        assertEquals(Optional.of("髙橋 一郎"), ichiro.fullName(), "氏 and 名 joined");
        assertEquals(Optional.of("タカハシ イチロウ"), ichiro.fullNameKana(), "half-width kana made full width");
        assertEquals(Optional.of(LocalDate.of(1955, 4, 12)), ichiro.birthDate(), "era code 3300412");
        assertEquals(Optional.of("928-0001"), ichiro.get(LedgerField.POSTAL_CODE));
        assertEquals("123456789018", TestKeys.cipher().decrypt(ichiro.myNumber().orElseThrow())
                .reveal(new jp.tsunagu.ledger.mynumber.MyNumberDisclosure.Entitled(new jp.tsunagu.ledger.audit.Actor("s", "u"), "test")));
        String asReceived = ((Accepted) rows.get(0)).asReceivedJson();
        assertFalse(asReceived.contains("123456789018"), "the plain number is never kept as received");
        assertTrue(asReceived.contains("暗号化"));
        assertEquals(Optional.of("﨑子"), ((Accepted) rows.get(1)).values().fullName().map(n -> n.substring(3)));
        assertTrue(((Accepted) rows.get(1)).values().myNumber().isEmpty());
    }

    @Test
    void linkageCliInputWithItsEnglishHeaders() {
        ColumnProfile linkage = BuiltInProfiles.require(BuiltInProfiles.LINKAGE_RECORDS);
        assertTrue(linkage.sourceKind().isEmpty(), "the file does not say where its records come from: the import names it");
        List<RecordValues> rows = accepted("linkage-records.csv", BuiltInProfiles.LINKAGE_RECORDS, 3);
        RecordValues yuko = rows.get(0);
        assertEquals(Optional.of("R1"), yuko.get(LedgerField.EXTERNAL_ID));
        assertEquals(Optional.of("タカハシ ユウコ"), yuko.fullNameKana());
        assertEquals(Optional.of(LocalDate.of(1970, 3, 1)), yuko.birthDate());
        assertEquals(Optional.of(Sex.FEMALE), yuko.sex());
        assertEquals(Optional.of("+81-90-1234-5678"), yuko.get(LedgerField.PHONE));
        assertEquals(Optional.of("輪島市立輪島中学校"), rows.get(1).address());
        assertEquals(Optional.of(LocalDate.of(2012, 7, 14)), rows.get(2).birthDate(), "full-width digits");
    }

    private static List<RecordValues> accepted(String sample, String profile, int expected) {
        List<Interpretation> rows = Samples.interpret(sample, BuiltInProfiles.require(profile));
        assertEquals(expected, rows.size());
        rows.forEach(row -> assertInstanceOf(Accepted.class, row, () -> "rejected: " + row));
        return rows.stream().map(r -> ((Accepted) r).values()).toList();
    }
}
