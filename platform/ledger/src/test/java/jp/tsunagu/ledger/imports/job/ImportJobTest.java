package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestKeys;

/** The import job against a real PostgreSQL: Shift_JIS with broken rows, idempotent re-imports, resuming, refusals. */
class ImportJobTest {

    static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final Charset MS932 = Charset.forName("windows-31j");
    static final ColumnProfile ROSTER = BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER);

    static TestDatabase database;
    UUID disaster;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        database = TestDatabase.fresh();
    }

    @BeforeEach
    void disaster() {
        disaster = database.disaster("能登半島地震 " + UUID.randomUUID(), "ACTIVE");
    }

    @Test
    void aShiftJisRosterWithBrokenRowsStoresTheGoodRowsAndKeepsTheBadOnesWithReasons() {
        ImportReport report = job(Samples.path("roster-sjis-broken.csv"), 1000).call();

        assertEquals("COMPLETED", report.status());
        assertEquals("WINDOWS_31J", report.encoding());
        assertEquals(7, report.rowsRead());
        assertEquals(2, report.rowsAccepted());
        assertEquals(5, report.rowsRejected());
        assertEquals(List.of("2:3:birthDate:INVALID_DATE", "3:4:birthDate:INVALID_DATE", "3:4:sex:UNKNOWN_CODE",
                "4:5:row:BROKEN_QUOTING", "5:6:fullName:REQUIRED", "6:7:birthDate:FUTURE_DATE", "6:7:phone:INVALID_PHONE"),
                report.errors().stream().map(e -> e.rowNumber() + ":" + e.line() + ":" + e.problem()).toList());
        assertEquals(2, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"));
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"
                + " AND full_name = '髙木 﨑太郎' AND source_kind = 'SHELTER_ROSTER' AND row_number = 1"
                + " AND file_name = 'roster-sjis-broken.csv' AND received_by_username = 'wajima-staff'"));
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"
                + " AND address = E'石川県珠洲市\\n宝立町春日野7' AND care_reason = E'透析\\n週3回' AND care_needed"));
    }

    @Test
    void theReportCsvNamesRowsFieldsAndReasonsButNoValue() {
        ImportReport report = job(Samples.path("roster-sjis-broken.csv"), 1000).call();
        StringWriter csv = new StringWriter();
        ImportReportCsv.write(report, csv);
        String text = csv.toString();
        assertTrue(text.contains("6,7,phone,電話番号,INVALID_PHONE,"), text);
        assertTrue(text.contains("4,5,row,行全体,BROKEN_QUOTING,"), text);
        for (String value : List.of("大﨑", "森 太一", "12345", "1960/2/30", "令和9年")) {
            assertFalse(text.contains(value), "the report holds no value from the file: " + value);
        }
    }

    @Test
    void rejectedRowsCanBeDownloadedCorrectedAndImportedAgainWithoutDuplicates() throws Exception {
        ImportReport first = job(Samples.path("roster-sjis-broken.csv"), 1000).call();
        StringWriter rejected = new StringWriter();
        new RejectedRows(database.dataSource()).writeCsv(TestDatabase.ISHIKAWA, first.batchId(), rejected);
        String download = rejected.toString();
        assertTrue(download.contains("平成元年1月7日"), "the rejected rows keep their values as received");
        assertTrue(download.contains(RejectedRows.ERROR_COLUMN));

        // The user fixes the two dates and the sex code and leaves the others; and the two good rows are in the file too.
        String corrected = Files.readString(Samples.path("roster-sjis-broken.csv"), MS932)
                .replace("平成元年1月7日", "平成元年1月8日").replace(",X,1960/2/30,", ",男,1960/2/29,");
        Path fixed = Files.write(dir.resolve("roster-fixed.csv"), corrected.getBytes(MS932));
        ImportReport second = job(fixed, 1000).call();

        assertFalse(second.alreadyImported(), "different content, a new batch");
        assertEquals(2, second.rowsAccepted(), "only the corrected rows are new");
        assertEquals(2, second.rowsDuplicate(), "the rows stored from the first file are recognised");
        assertEquals(3, second.rowsRejected());
        assertEquals(4, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"));
    }

    @Test
    void aCorrectedDownloadSettlesTheRowsItFixesAndListsOnlyThoseStillWrong() throws Exception {
        ImportReport first = job(Samples.path("roster-sjis-broken.csv"), 1000).call();
        String download = rejectedRows(first.batchId());
        assertTrue(download.lines().findFirst().orElseThrow().endsWith(",取込エラー,取込エラー行ID"), download);

        // Two rows fixed in the download itself; the others left as they were.
        Path fixed = Files.writeString(dir.resolve("rejected-fixed.csv"),
                download.replace("平成元年1月7日", "平成元年1月8日").replace(",X,1960/2/30,", ",男,1960/2/29,"));
        ImportReport second = job(fixed, 1000).call();
        assertEquals(3, second.rowsAccepted(), "the two fixed, and the row of broken quoting the download wrote well-formed");
        assertEquals(2, second.rowsRejected(), "the rows not fixed are rejected again");
        assertTrue(second.unusedColumns().isEmpty(), "the correction columns are not reported as unused: " + second.unusedColumns());

        String stillWrong = rejectedRows(first.batchId());
        assertFalse(stillWrong.contains("大﨑"), "a row fixed and stored is settled");
        assertFalse(stillWrong.contains("森 太一"));
        assertTrue(stillWrong.contains("池田"), "a row not fixed still waits for correction");
        assertEquals(3, database.count("SELECT count(*) FROM tenant_17.ledger_rejected_row"
                + " WHERE batch_id = ? AND resubmitted_record_id IS NOT NULL", first.batchId()),
                "three rows settled by the records that now hold them");

        // Downloaded again from the second import, the still-wrong rows have one error column, not two.
        String again = rejectedRows(second.batchId());
        String header = again.lines().findFirst().orElseThrow();
        assertEquals(header.indexOf("取込エラー,"), header.lastIndexOf("取込エラー,"), header);
    }

    @Test
    void aCorrectionCannotSettleARejectedRowOfAnotherDisasterInstance() throws Exception {
        ImportReport first = job(Samples.path("roster-sjis-broken.csv"), 1000).call();
        String download = rejectedRows(first.batchId());
        UUID elsewhere = database.disaster("他の災害 " + UUID.randomUUID(), "ACTIVE");
        Path fixed = Files.writeString(dir.resolve("rejected-fixed-elsewhere.csv"),
                download.replace("平成元年1月7日", "平成元年1月8日"));
        ImportReport second = new ImportJob(request(fixed, elsewhere), database.dataSource(), Optional.of(TestKeys.cipher()),
                ImportLimits.DEFAULT, CLOCK, 1000).call();
        assertEquals(2, second.rowsAccepted());
        assertTrue(rejectedRows(first.batchId()).contains("大﨑"), "the first instance's row is still waiting");
    }

    private String rejectedRows(UUID batchId) {
        StringWriter out = new StringWriter();
        new RejectedRows(database.dataSource()).writeCsv(TestDatabase.ISHIKAWA, batchId, out);
        return out.toString();
    }

    @Test
    void aRowTwiceInOneChunkAndRowsStoredBeforeInAnotherFileAreStoredOnce() throws Exception {
        String roster = Files.readString(Samples.path("shelter-roster.csv"));
        String[] lines = roster.split("\r?\n", -1);
        Path twice = Files.writeString(dir.resolve("twice.csv"), roster.stripTrailing() + "\n" + lines[1] + "\n");
        ImportReport first = job(twice, 1000).call();
        assertEquals(4, first.rowsAccepted());
        assertEquals(1, first.rowsDuplicate(), "the repeated row, in the same chunk");

        Path more = Files.writeString(dir.resolve("more.csv"), roster.stripTrailing() + "\n"
                + lines[1].replaceFirst("^[^,]*", "A-999").replace("髙橋", "高橋") + "\n");
        ImportReport second = job(more, 1000).call();
        assertEquals(1, second.rowsAccepted(), "a chunk meeting rows stored before still stores its new row");
        assertEquals(4, second.rowsDuplicate());
        assertEquals(5, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"));
    }

    @Test
    void importingTheSameFileAgainStoresNothingAndSaysSo() {
        ImportReport first = job(Samples.path("shelter-roster.csv"), 1000).call();
        ImportReport again = job(Samples.path("shelter-roster.csv"), 1000).call();
        assertTrue(again.alreadyImported());
        assertEquals(first.batchId(), again.batchId());
        assertEquals(4, again.rowsAccepted(), "the counts of the earlier import");
        assertEquals(4, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"));
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_import_batch WHERE disaster_id = ?"));
    }

    @Test
    void aStoppedImportResumesAfterItsCheckpointAndStoresEveryRowOnce() {
        ImportJob stopped = job(Samples.path("shelter-roster.csv"), 1);
        stopped.cancel();
        ImportReport partial = stopped.call();
        assertEquals("FAILED", partial.status());
        assertEquals(Optional.of("CANCELLED"), partial.failure());
        assertEquals(ImportPhase.CANCELLED, stopped.progress().phase());
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"),
                "one chunk of one row was committed with its checkpoint");

        ImportJob resumed = job(Samples.path("shelter-roster.csv"), 1);
        ImportReport report = resumed.call();
        assertEquals("COMPLETED", report.status());
        assertEquals(partial.batchId(), report.batchId());
        assertEquals(4, report.rowsRead());
        assertEquals(4, report.rowsAccepted());
        assertEquals(0, report.rowsDuplicate(), "the resumed run did not read the committed row again");
        assertEquals(4, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"));
        assertEquals(3, resumed.progress().snapshot(CLOCK.instant().plusSeconds(1)).rowsDone());
        assertEquals(1.0, resumed.progress().snapshot(CLOCK.instant().plusSeconds(1)).fractionDone());
    }

    @Test
    void myNumbersAreStoredEncryptedOnly() {
        job(Samples.path("resident-register.csv"), 1000).call();
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ? AND my_number_key_id = 'k1'"
                + " AND octet_length(my_number_cipher) = 12 + 12 + 16"));
        assertEquals(0, records("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"
                + " AND (raw LIKE '%123456789018%' OR encode(my_number_cipher, 'escape') LIKE '%123456789018%')"));
    }

    @Test
    void refusesADisasterThatIsNotActiveAndAFileWithoutNameColumns() throws Exception {
        UUID archived = database.disaster("archived " + UUID.randomUUID(), "ARCHIVED");
        assertThrows(ImportRefusedException.class, () -> new ImportJob(request(Samples.path("shelter-roster.csv"), archived),
                database.dataSource(), Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT, CLOCK, 10).call());
        Path noNames = Files.writeString(dir.resolve("wrong.csv"), "住所,電話番号\n輪島市,0768-22-1111\n");
        ImportFileException e = assertThrows(ImportFileException.class, () -> job(noNames, 10).call());
        assertEquals(ImportFileException.Reason.MISSING_COLUMNS, e.reason());
        assertEquals(1, records("SELECT count(*) FROM tenant_17.ledger_import_batch WHERE disaster_id = ? AND status = 'FAILED'"
                + " AND failure = 'MISSING_COLUMNS at line 1'"));
    }

    private ImportJob job(Path file, int chunkSize) {
        return new ImportJob(request(file, disaster), database.dataSource(), Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT,
                CLOCK, chunkSize);
    }

    private ImportRequest request(Path file, UUID disasterId) {
        ColumnProfile profile = file.getFileName().toString().startsWith("resident") ? BuiltInProfiles.require(BuiltInProfiles.RESIDENT_REGISTER) : ROSTER;
        return new ImportRequest(TestDatabase.ISHIKAWA, disasterId, file, file.getFileName().toString(), profile,
                Optional.empty(), EncodingChoice.AUTO, STAFF);
    }

    private long records(String sql) {
        return database.count(sql, disaster);
    }
}
