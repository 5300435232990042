package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestKeys;

/**
 * An upload kept in the tenant's schema, so that another node can resume the import of a node that died: the copy is
 * the file byte for byte, a batch whose run is alive or finished is nobody's to take over, one whose run died is, and
 * the import resumed from the copy stores every row exactly once.
 */
class UploadCopiesTest {

    static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static final TestDatabase database = TestDatabase.fresh();
    final UUID disaster = database.disaster("能登半島地震 " + UUID.randomUUID(), "ACTIVE");
    final UploadCopies copies = new UploadCopies(database.dataSource());

    @TempDir
    Path dir;

    @Test
    void aCopyIsTheFileByteForByteInPartsOfOneMebibyte() throws IOException {
        byte[] content = new byte[UploadCopies.PART_BYTES * 2 + 12_345];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("large.bin"), content);
        ImportAdmission.Admitted admitted = admitted("shelter-roster.csv");
        admitted.run().orElseThrow().close();
        UUID batch = admitted.batch().id();

        copies.store(TestDatabase.ISHIKAWA, batch, file, EncodingChoice.SHIFT_JIS, CLOCK.instant());
        assertEquals(3, database.count("SELECT count(*) FROM tenant_17.ledger_import_upload_part WHERE batch_id = ?", batch));

        Path restored = dir.resolve("restored.bin");
        UploadCopies.Restored copy = copies.restoreForTakeover(TestDatabase.ISHIKAWA, batch, restored).orElseThrow();
        assertArrayEquals(content, Files.readAllBytes(restored));
        assertEquals(EncodingChoice.SHIFT_JIS, copy.encoding());
        assertEquals(1, copy.takeovers());
        assertEquals(2, copies.restoreForTakeover(TestDatabase.ISHIKAWA, batch, restored).orElseThrow().takeovers());

        copies.store(TestDatabase.ISHIKAWA, batch, Samples.path("shelter-roster.csv"), EncodingChoice.AUTO, CLOCK.instant());
        copies.restoreForTakeover(TestDatabase.ISHIKAWA, batch, restored);
        assertArrayEquals(Files.readAllBytes(Samples.path("shelter-roster.csv")), Files.readAllBytes(restored),
                "storing again replaces the copy");
    }

    @Test
    void onlyAnUnfinishedBatchWithACopyAndNoLiveRunIsAnOrphan() {
        ImportAdmission.Admitted admitted = admitted("shelter-roster.csv");
        UUID batch = admitted.batch().id();
        assertEquals(List.of(), orphans(), "no copy yet");

        copies.store(TestDatabase.ISHIKAWA, batch, Samples.path("shelter-roster.csv"), EncodingChoice.AUTO, CLOCK.instant());
        assertEquals(List.of(), orphans(), "its run is alive");

        admitted.run().orElseThrow().close();
        assertEquals(List.of(new UploadCopies.Orphan(batch, disaster, false)), orphans(), "its run died");

        copies.delete(TestDatabase.ISHIKAWA, batch);
        assertEquals(List.of(), orphans());
        assertEquals(Optional.empty(), copies.restoreForTakeover(TestDatabase.ISHIKAWA, batch, dir.resolve("none.csv")));
        assertTrue(Files.notExists(dir.resolve("none.csv")));
    }

    @Test
    void anImportTakenOverFromItsCopyStoresEveryRowExactlyOnce() throws IOException {
        Path upload = Samples.path("shelter-roster.csv");
        ImportLoad before = ImportLoad.of(database.dataSource(), TestDatabase.ISHIKAWA);
        ImportReport whole = job(upload, 1).call();
        UUID batch = whole.batchId();
        long rows = whole.rowsAccepted();
        assertTrue(rows >= 3, "a roster of several rows: " + rows);
        // The node died after committing the checkpoint of row 2 (each chunk commits with its checkpoint).
        database.execute("DELETE FROM tenant_17.ledger_source_record WHERE batch_id = '" + batch
                + "' AND row_number > 2");
        database.execute("UPDATE tenant_17.ledger_import_batch SET status = 'RUNNING', checkpoint_row = 2,"
                + " rows_read = 2, rows_accepted = 2, finished_at = NULL WHERE id = '" + batch + "'");
        copies.store(TestDatabase.ISHIKAWA, batch, upload, EncodingChoice.AUTO, CLOCK.instant());
        assertEquals(before.interrupted() + 1, ImportLoad.of(database.dataSource(), TestDatabase.ISHIKAWA).interrupted());

        UploadCopies.Orphan orphan = orphans().getFirst();
        Path local = dir.resolve("taken-over.csv");
        UploadCopies.Restored copy = copies.restoreForTakeover(TestDatabase.ISHIKAWA, orphan.batchId(), local).orElseThrow();
        ImportReport resumed = new ImportJob(request(local, copy.encoding()), database.dataSource(),
                Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT, CLOCK, 1).call();

        assertEquals(batch, resumed.batchId(), "the same batch: the copy is the same file");
        assertEquals(rows, resumed.rowsAccepted());
        assertEquals(0, resumed.rowsDuplicate(), "resumed after the checkpoint");
        assertEquals(rows, database.count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE batch_id = ?", batch));
        assertEquals(rows, database.count(
                "SELECT count(DISTINCT row_number) FROM tenant_17.ledger_source_record WHERE batch_id = ?", batch));
        assertEquals(new ImportLoad(before.running(), before.interrupted() + 1, before.rowsRead() + rows),
                ImportLoad.of(database.dataSource(), TestDatabase.ISHIKAWA),
                "imported, not linked yet: still unfinished and nobody's");
    }

    @Test
    void theCopyGoesWithItsBatch() {
        ImportAdmission.Admitted admitted = admitted("roster-sjis-broken.csv");
        admitted.run().orElseThrow().close();
        UUID batch = admitted.batch().id();
        copies.store(TestDatabase.ISHIKAWA, batch, Samples.path("roster-sjis-broken.csv"), EncodingChoice.AUTO,
                CLOCK.instant());
        database.execute("DELETE FROM tenant_17.ledger_import_batch WHERE id = '" + batch + "'");
        assertEquals(0, database.count("SELECT count(*) FROM tenant_17.ledger_import_upload_part WHERE batch_id = ?", batch));
    }

    private List<UploadCopies.Orphan> orphans() {
        return copies.orphans(TestDatabase.ISHIKAWA).stream().filter(o -> o.disasterId().equals(disaster)).toList();
    }

    private ImportAdmission.Admitted admitted(String sample) {
        ImportRequest request = request(Samples.path(sample), EncodingChoice.AUTO);
        ScannedFile file = new ImportFileScanner(ImportLimits.DEFAULT).scan(request.file(), EncodingChoice.AUTO);
        return new ImportAdmission(database.dataSource()).admit(request, file, CLOCK.instant());
    }

    private ImportJob job(Path file, int chunkSize) {
        return new ImportJob(request(file, EncodingChoice.AUTO), database.dataSource(), Optional.of(TestKeys.cipher()),
                ImportLimits.DEFAULT, CLOCK, chunkSize);
    }

    private ImportRequest request(Path file, EncodingChoice encoding) {
        return new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, "shelter-roster.csv",
                BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER), Optional.empty(), encoding, STAFF);
    }
}
