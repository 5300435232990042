package jp.tsunagu.ledger.imports.row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation.Accepted;
import jp.tsunagu.ledger.imports.row.Interpretation.Rejected;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestKeys;

class RowInterpreterTest {

    static final ColumnProfile STANDARD = BuiltInProfiles.require(BuiltInProfiles.STANDARD);
    static final List<String> HEADER = List.of("氏名", "ふりがな", "生年月日", "性別", "郵便番号", "電話番号", "個人番号",
            "世帯人数", "メールアドレス", "要配慮者", "記録日時");

    @Test
    void brokenRowsOfAShiftJisRosterAreRejectedWithEveryReasonAndNoValue() {
        List<Interpretation> rows = Samples.interpret("roster-sjis-broken.csv", BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER));
        assertEquals(7, rows.size());
        assertEquals(Optional.of("髙木 﨑太郎"), ((Accepted) rows.get(0)).values().fullName());
        assertEquals(List.of("birthDate:INVALID_DATE"), problems(rows.get(1)), "平成元年1月7日 does not exist");
        assertEquals(List.of("sex:UNKNOWN_CODE", "birthDate:INVALID_DATE"), sorted(problems(rows.get(2)), "sex"));
        assertEquals(List.of("row:BROKEN_QUOTING"), problems(rows.get(3)));
        assertEquals(List.of("fullName:REQUIRED"), problems(rows.get(4)));
        assertEquals(List.of("birthDate:FUTURE_DATE", "phone:INVALID_PHONE"), problems(rows.get(5)));
        Accepted last = assertInstanceOf(Accepted.class, rows.get(6));
        assertEquals(Optional.of("石川 \"ケン\" 健"), last.values().fullName());
        assertEquals(Optional.of("石川県珠洲市\n宝立町春日野7"), last.values().address());
        for (Interpretation row : rows) {
            if (row instanceof Rejected rejected) {
                for (RowProblem problem : rejected.problems()) {
                    assertFalse(problem.toString().contains("1960") || problem.toString().contains("X"), "no value in a problem");
                }
            }
        }
    }

    @Test
    void aRowWithManyProblemsReportsEachField() {
        Rejected rejected = assertInstanceOf(Rejected.class, interpret("山田 太郎", "Yamada", "2024/13/01", "不詳", "12-34",
                "03-1234", "123456789012", "百", "yamada@", "たぶん", "昨日"));
        assertEquals(List.of("fullNameKana:INVALID_KANA", "birthDate:INVALID_DATE", "sex:UNKNOWN_CODE",
                "postalCode:INVALID_POSTAL_CODE", "phone:INVALID_PHONE", "email:INVALID_EMAIL", "careNeeded:UNKNOWN_CODE",
                "householdSize:INVALID_NUMBER", "myNumber:INVALID_MY_NUMBER", "observedAt:INVALID_DATE"),
                problems(rejected));
    }

    @Test
    void normalisesCodesNumbersAndWidths() {
        Accepted row = assertInstanceOf(Accepted.class, interpret("山田 太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", "Ｓ４５．３．１", "Ｍ", "〒９２８－０００１",
                "０９０（１２３４）５６７８", "", "３人", "ｙａｍａｄａ@example.jp", "○", "2024/01/10 10:00"));
        assertEquals(Optional.of("ヤマダ タロウ"), row.values().fullNameKana());
        assertEquals(Optional.of("928-0001"), row.values().get(jp.tsunagu.ledger.record.LedgerField.POSTAL_CODE));
        assertEquals(Optional.of("090(1234)5678"), row.values().phone());
        assertEquals(Optional.of(3), row.values().get(jp.tsunagu.ledger.record.LedgerField.HOUSEHOLD_SIZE));
        assertEquals(Optional.of("yamada@example.jp"), row.values().get(jp.tsunagu.ledger.record.LedgerField.EMAIL));
    }

    @Test
    void theSameContentGivesTheSameFingerprintAndAnyChangeAnother() {
        Accepted one = (Accepted) interpret("山田 太郎", "", "1970/1/1", "", "", "", "", "", "", "", "");
        Accepted same = (Accepted) interpret("山田 太郎", "", "1970/1/1", "", "", "", "", "", "", "", "");
        Accepted other = (Accepted) interpret("山田 太郎", "", "1970/1/2", "", "", "", "", "", "", "", "");
        assertEquals(one.fingerprint(), same.fingerprint());
        assertFalse(one.fingerprint().equals(other.fingerprint()));
    }

    @Test
    void myNumberIsRefusedWhenTheImportHasNoKey() {
        ResolvedProfile resolved = ResolvedProfile.resolve(STANDARD, HEADER, 1);
        RowInterpreter noKey = new RowInterpreter(SourceKind.RESIDENT_PORTAL, resolved, Optional.empty(), Samples.TODAY);
        Interpretation row = noKey.interpret(resolved.map(List.of("山田 太郎", "", "", "", "", "", TestKeys.MY_NUMBER, "", "", "", "")));
        assertEquals(List.of("myNumber:MY_NUMBER_NOT_ACCEPTED"), problems(row));
        assertFalse(((Rejected) row).asReceivedJson().contains(TestKeys.MY_NUMBER), "a rejected row does not keep the number either");
    }

    private static Interpretation interpret(String... cells) {
        ResolvedProfile resolved = ResolvedProfile.resolve(STANDARD, HEADER, 1);
        return new RowInterpreter(SourceKind.RESIDENT_PORTAL, resolved, Optional.of(TestKeys.cipher()), Samples.TODAY)
                .interpret(resolved.map(List.of(cells)));
    }

    private static List<String> problems(Interpretation row) {
        return assertInstanceOf(Rejected.class, row).problems().stream().map(RowProblem::toString).toList();
    }

    private static List<String> sorted(List<String> problems, String first) {
        return problems.stream().sorted((a, b) -> a.startsWith(first) ? -1 : b.startsWith(first) ? 1 : 0).toList();
    }
}
