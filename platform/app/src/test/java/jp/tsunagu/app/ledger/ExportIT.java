package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * The whole ledger exported through the API: the standard Tsunagu format in UTF-8 with a BOM or in Shift_JIS
 * (Windows-31J, what it cannot hold marked 〓), one row per person, readable by the import again; 個人番号 only for an
 * entitled lead or admin who asks for it with a named purpose; every export recorded with who, what and when.
 */
class ExportIT extends PlatformIT {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final List<String> STANDARD_HEADERS = List.of("管理番号", "記録日時", "氏名", "ふりがな", "生年月日", "性別", "郵便番号",
            "住所", "居所", "電話番号", "メールアドレス", "住家の被害", "その他の被害", "要配慮者", "要配慮の事由", "援護の実施状況",
            "罹災証明書", "提供に同意した提供先", "世帯番号", "続柄", "世帯人数", "個人番号", "備考");
    static final String PURPOSE = "住まいの再建支援の対象者確認";
    static final String BASIS = "被災者生活再建支援金の支給";

    static LedgerFixture fixture;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("台帳出力");
        ledger = fixture.ledger;
    }

    @Test
    void theLedgerIsExportedInUtf8WithABomOneRowPerPersonInTheStandardFormat() {
        CsvDownload file = export(fixture.adminToken(), "");

        assertEquals(200, file.status(), () -> new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.contentType().toLowerCase().matches("text/csv; ?charset=utf-8"), file.contentType());
        assertTrue(file.startsWithUtf8Bom(), "Excel opens UTF-8 CSV correctly only with a BOM");
        List<List<String>> rows = file.rows(StandardCharsets.UTF_8);
        assertEquals(STANDARD_HEADERS, rows.getFirst());
        assertEquals(Set.of(ledger.ichiro(), ledger.hanako(), ledger.shota(), ledger.kenta(), ledger.mori(), ledger.yoshida(),
                        ledger.hanakoVisited()),
                rows.stream().skip(1).map(List::getFirst).collect(Collectors.toSet()), "管理番号 is the person id");
        assertEquals(8, rows.size(), "one row per person, no record twice");
        List<String> ichiro = row(rows, ledger.ichiro());
        assertEquals("髙橋 一郎", cell(ichiro, "氏名"));
        assertEquals("輪島市立輪島中学校", cell(ichiro, "居所"));
        assertEquals("全壊", cell(ichiro, "住家の被害"));
        assertEquals("食料支援・毛布", cell(ichiro, "援護の実施状況"));
        assertEquals("1955-04-12", cell(ichiro, "生年月日"));
        assertEquals("2024/01/10 09:00:00", cell(ichiro, "記録日時"), "the latest time the person's records speak for");
        assertEquals("", cell(ichiro, "個人番号"), "not asked for");
        assertEquals("犬を連れている, 「ポチ」", cell(row(rows, ledger.mori()), "備考"));
        assertEquals("要介護1\n歩行器使用", cell(row(rows, ledger.hanakoVisited()), "要配慮の事由"));
    }

    @Test
    void aHomeMunicipalitysExportHoldsItsResidentsOnly() {
        List<List<String>> rows = export(staff(), "").rows(StandardCharsets.UTF_8);

        assertEquals(Set.of(ledger.ichiro(), ledger.hanako(), ledger.shota(), ledger.kenta(), ledger.yoshida()),
                rows.stream().skip(1).map(List::getFirst).collect(Collectors.toSet()),
                "輪島市's staff: not 森 (珠洲市) nor the visited 花子 (七尾市)");
    }

    @Test
    void anExportedFileIsReadByTheImportOfTheStandardFormat() {
        List<List<String>> rows = export(staff(), "").rows(StandardCharsets.UTF_8);

        ResolvedProfile profile = ResolvedProfile.resolve(BuiltInProfiles.require(BuiltInProfiles.STANDARD), rows.getFirst(), 1);
        RowInterpreter importer = new RowInterpreter(SourceKind.RESIDENT_PORTAL, profile, Optional.empty(), LocalDate.now());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertInstanceOf(Interpretation.Accepted.class, importer.interpret(profile.map(row)), row.getFirst());
        }
    }

    @Test
    void shiftJisKeepsWhatWindowsHasAndMarksWhatItCannotHold() {
        CsvDownload file = export(staff(), "&encoding=shift_jis");

        assertEquals(200, file.status());
        assertTrue(file.contentType().toLowerCase().contains("charset=windows-31j"), file.contentType());
        assertFalse(file.startsWithUtf8Bom());
        List<List<String>> rows = file.rows(WINDOWS_31J);
        assertEquals(STANDARD_HEADERS, rows.getFirst());
        assertEquals("髙橋 一郎", cell(row(rows, ledger.ichiro()), "氏名"), "髙 is in Windows-31J");
        assertEquals("〓田 大輔", cell(row(rows, ledger.yoshida()), "氏名"), "𠮷 is not: marked with 〓");
        assertEquals("𠮷田 大輔", cell(row(export(staff(), "").rows(StandardCharsets.UTF_8), ledger.yoshida()), "氏名"),
                "the UTF-8 export keeps it");
    }

    @Test
    void myNumberGoesOnlyToAnEntitledLeadOrAdminWhoAsksForANamedPurpose() {
        String lead = fixture.token(LedgerAccounts.get().lead());

        CsvDownload staffAsking = export(staff(), "&includeMyNumber=true&myNumberBasis=" + encode(BASIS));
        assertEquals(403, staffAsking.status());
        assertEquals("includeMyNumber", staffAsking.problem().getString("field"));
        CsvDownload noBasis = export(lead, "&includeMyNumber=true");
        assertEquals(400, noBasis.status());
        assertEquals("myNumberBasis", noBasis.problem().getString("field"));

        List<List<String>> rows = export(lead, "&includeMyNumber=true&myNumberBasis=" + encode(BASIS)).rows(StandardCharsets.UTF_8);
        assertEquals(LedgerSeed.MY_NUMBER, cell(row(rows, ledger.ichiro()), "個人番号"));
        assertEquals("", cell(row(rows, ledger.shota()), "個人番号"), "nobody else's register gave one");
        List<List<String>> admin = export(fixture.adminToken(), "&includeMyNumber=true&myNumberBasis=" + encode(BASIS))
                .rows(StandardCharsets.UTF_8);
        assertEquals(LedgerSeed.MY_NUMBER, cell(row(admin, ledger.ichiro()), "個人番号"));
        assertEquals("", cell(row(export(lead, "").rows(StandardCharsets.UTF_8), ledger.ichiro()), "個人番号"),
                "not asked for: withheld even for the lead");
    }

    @Test
    void everyExportIsRecordedWithWhoWhatWhyAndEveryPersonInIt() throws Exception {
        CsvDownload plain = export(staff(), "");
        CsvDownload withNumbers = export(fixture.token(LedgerAccounts.get().lead()),
                "&encoding=shift_jis&includeMyNumber=true&myNumberBasis=" + encode(BASIS));

        try (Connection db = platform.database()) {
            Recorded first = recorded(db, plain.exportId().orElseThrow());
            assertEquals(LedgerAccounts.get().staff().username(), first.by());
            assertEquals(PURPOSE, first.purpose());
            assertEquals("UTF_8", first.encoding());
            assertEquals(null, first.myNumberBasis());
            assertFalse(first.items().contains("myNumber"));
            assertEquals(5, first.persons(), "輪島市's residents");
            assertEquals(5, first.rowsWritten(), "the download completed");
            assertEquals(5, first.listed());
            Recorded second = recorded(db, withNumbers.exportId().orElseThrow());
            assertEquals(LedgerAccounts.get().lead().username(), second.by());
            assertEquals(BASIS, second.myNumberBasis());
            assertTrue(second.items().contains("myNumber"));
            assertEquals("SHIFT_JIS", second.encoding());
        }
    }

    @Test
    void anExportNeedsAPurposeAKnownEncodingAndAMunicipalAccount() {
        CsvDownload noPurpose = CsvDownload.get(fixture.path("ledger.csv"), staff());
        assertEquals(400, noPurpose.status());
        assertEquals("purpose", noPurpose.problem().getString("field"));
        CsvDownload badEncoding = export(staff(), "&encoding=utf-16");
        assertEquals(400, badEncoding.status());
        assertEquals("encoding", badEncoding.problem().getString("field"));
        assertEquals(403, export(fixture.token(LedgerAccounts.get().worker()), "").status());
    }

    private record Recorded(String by, String purpose, String encoding, String myNumberBasis, String items, long persons,
                            long rowsWritten, long listed) {
    }

    private static Recorded recorded(Connection db, String exportId) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT e.exported_by_username, e.purpose, e.encoding,"
                + " e.my_number_basis, e.items, e.person_count, e.rows_written, (SELECT count(*) FROM"
                + " tenant_17.ledger_export_person p WHERE p.export_id = e.id) FROM tenant_17.ledger_export e"
                + " WHERE e.id = ?::uuid AND e.completed_at IS NOT NULL")) {
            query.setString(1, exportId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "export " + exportId + " recorded and completed");
                return new Recorded(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getLong(6), row.getLong(7), row.getLong(8));
            }
        }
    }

    private static String staff() {
        return fixture.token(LedgerAccounts.get().staff());
    }

    private static CsvDownload export(String token, String query) {
        return CsvDownload.get(fixture.path("ledger.csv?purpose=" + encode(PURPOSE) + query), token);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> row(List<List<String>> rows, String personId) {
        return rows.stream().filter(r -> r.getFirst().equals(personId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for person " + personId));
    }

    private static String cell(List<String> row, String header) {
        return row.get(STANDARD_HEADERS.indexOf(header));
    }
}
