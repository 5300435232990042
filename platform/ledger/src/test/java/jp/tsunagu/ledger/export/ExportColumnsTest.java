package jp.tsunagu.ledger.export;

import static jp.tsunagu.ledger.testing.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.CsvReader;
import jp.tsunagu.ledger.imports.csv.CsvRecord;
import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.FileEncoding;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.mynumber.MyNumber;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.testing.TestKeys;
import jp.tsunagu.ledger.view.LedgerExport;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;

/** An exported ledger is a file of the standard format: the import reads it back to the same values. */
class ExportColumnsTest {

    static final Instant LATEST = Instant.parse("2024-01-20T01:30:00Z");
    static final MyNumberDisclosure ENTITLED = MyNumberDisclosure.entitled(new Actor("sub-lead", "wajima-lead"),
            "被災者生活再建支援金の支給");

    final ExportColumns columns = new ExportColumns();
    final LedgerExport export = new LedgerExport(TestKeys.cipher());

    @TempDir
    Path files;

    @Test
    void theHeadersAreThoseOfTheStandardFormat() {
        assertEquals(List.of("管理番号", "記録日時", "氏名", "ふりがな", "生年月日", "性別", "郵便番号", "住所", "居所", "電話番号",
                "メールアドレス", "住家の被害", "その他の被害", "要配慮者", "要配慮の事由", "援護の実施状況", "罹災証明書",
                "提供に同意した提供先", "世帯番号", "続柄", "世帯人数", "個人番号", "備考"), columns.headers());
    }

    @Test
    void anExportedRowIsImportedBackToTheSameValues() throws IOException {
        LedgerView view = ichiro();
        Path file = write(CsvEncoding.UTF_8, view, ENTITLED);

        Read read = read(file);

        assertEquals(FileEncoding.UTF_8_BOM, read.encoding(), "UTF-8 with a BOM, as Excel saves it");
        assertEquals(view.personId().toString(), read.cells().getFirst(), "管理番号 is the person id");
        assertEquals("2024/01/20 10:30:00", read.cells().get(1), "記録日時 in Japan time");
        RecordValues again = read.values();
        for (LedgerField field : LedgerField.values()) {
            if (field != LedgerField.MY_NUMBER && field != LedgerField.EXTERNAL_ID) {
                assertEquals(view.item(field).map(t -> t.value()), again.get(field), field.id());
            }
        }
        assertEquals(TestKeys.MY_NUMBER, TestKeys.cipher().decrypt(again.myNumber().orElseThrow())
                .reveal((MyNumberDisclosure.Entitled) ENTITLED));
    }

    @Test
    void withoutEntitlementTheMyNumberColumnIsEmpty() throws IOException {
        Read read = read(write(CsvEncoding.UTF_8, ichiro(), MyNumberDisclosure.withheld()));

        assertEquals("", read.cells().get(columns.headers().indexOf("個人番号")));
        assertTrue(read.values().myNumber().isEmpty());
        assertEquals(List.of(LedgerField.FULL_NAME), columns.fields(MyNumberDisclosure.withheld()).stream()
                .filter(f -> f == LedgerField.FULL_NAME || f == LedgerField.MY_NUMBER).toList());
    }

    @Test
    void shiftJisKeepsWhatWindowsHasAndMarksWhatItCannotHold() throws IOException {
        LedgerView view = LedgerViewDerivation.derive(UUID.randomUUID(), List.of(record(SourceKind.SHELTER_ROSTER,
                "2024-01-10T00:00:00Z", RecordValues.builder().set(LedgerField.FULL_NAME, "𠮷田 﨑子")
                        .set(LedgerField.ADDRESS, "輪島市河井町１〜３ ㈱髙橋ビル①").build())));
        Path file = write(CsvEncoding.SHIFT_JIS, view, MyNumberDisclosure.withheld());

        String text = new String(Files.readAllBytes(file), Charset.forName("windows-31j"));
        assertTrue(text.contains("〓田 﨑子"), "𠮷 is not in Windows-31J: marked with 〓, the rest kept");
        assertTrue(text.contains("輪島市河井町１～３ ㈱髙橋ビル①"), "the Unix wave dash is written as Windows has it");
        Read read = read(file);
        assertEquals(FileEncoding.WINDOWS_31J, read.encoding(), "the import detects it as Shift_JIS");
        assertEquals(Optional.of("〓田 﨑子"), read.values().fullName());
    }

    private LedgerView ichiro() {
        EncryptedMyNumber number = TestKeys.cipher().encrypt(MyNumber.parse(TestKeys.MY_NUMBER));
        SourceRecord register = record(SourceKind.RESIDENT_REGISTER, "2024-01-05T00:00:00Z", RecordValues.builder()
                .set(LedgerField.FULL_NAME, "髙橋 一郎").set(LedgerField.FULL_NAME_KANA, "タカハシ イチロウ")
                .set(LedgerField.BIRTH_DATE, LocalDate.of(1955, 4, 12)).set(LedgerField.SEX, Sex.MALE)
                .set(LedgerField.POSTAL_CODE, "928-0001").set(LedgerField.ADDRESS, "石川県輪島市河井町1-23")
                .set(LedgerField.HOUSEHOLD_KEY, "H0001").set(LedgerField.HOUSEHOLD_RELATIONSHIP, "世帯主")
                .set(LedgerField.HOUSEHOLD_SIZE, 2).set(LedgerField.MY_NUMBER, number).build());
        SourceRecord roster = record(SourceKind.SHELTER_ROSTER, "2024-01-20T01:30:00Z", RecordValues.builder()
                .set(LedgerField.FULL_NAME, "高橋　一郎").set(LedgerField.WHEREABOUTS, "輪島市立輪島中学校")
                .set(LedgerField.PHONE, "090-1234-5678").set(LedgerField.EMAIL, "ichiro@example.jp")
                .set(LedgerField.DAMAGE_GRADE, DamageGrade.TOTAL_COLLAPSE).set(LedgerField.OTHER_DAMAGE, "車両全損")
                .set(LedgerField.CARE_NEEDED, true).set(LedgerField.CARE_REASON, "透析\n週3回")
                .set(LedgerField.SUPPORT_PROVIDED, List.of("食料支援", "見守り訪問"))
                .set(LedgerField.CERTIFICATE_STATUS, CertificateStatus.APPLIED)
                .set(LedgerField.CONSENTED_PARTIES, List.of("社会福祉協議会", "輪島市役所"))
                .set(LedgerField.NOTE, "犬を連れている, \"ポチ\"").build());
        return LedgerViewDerivation.derive(UUID.randomUUID(), List.of(register, roster));
    }

    private Path write(CsvEncoding encoding, LedgerView view, MyNumberDisclosure disclosure) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = encoding.open(bytes)) {
            new CsvWriter(writer).row(columns.headers()).row(columns.row(view, LATEST, export, disclosure));
        }
        Path file = files.resolve("ledger-" + encoding + ".csv");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private record Read(FileEncoding encoding, List<String> cells, RecordValues values) {
    }

    private static Read read(Path file) {
        ScannedFile scanned = new ImportFileScanner(ImportLimits.DEFAULT).scan(file, EncodingChoice.AUTO);
        try (CsvReader reader = CsvReader.open(scanned, ImportLimits.DEFAULT)) {
            CsvRecord header = reader.next().orElseThrow();
            ResolvedProfile profile = ResolvedProfile.resolve(BuiltInProfiles.require(BuiltInProfiles.STANDARD),
                    header.fields(), header.line());
            List<String> cells = new ArrayList<>(reader.next().orElseThrow().fields());
            Interpretation row = new RowInterpreter(SourceKind.RESIDENT_PORTAL, profile, Optional.of(TestKeys.cipher()),
                    LocalDate.of(2024, 2, 1)).interpret(profile.map(cells));
            return new Read(scanned.encoding(), cells, assertInstanceOf(Interpretation.Accepted.class, row).values());
        }
    }
}
