package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.linking.ExactKeyMatcher;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestKeys;

/**
 * What any node of a cluster reads of an import and does to it, through the database alone: the progress as of the
 * last checkpoint, whether a run of the batch is alive somewhere, cancellation, and what linkage made of its records.
 */
class ImportOnAnyNodeTest {

    static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static final TestDatabase database = TestDatabase.fresh();
    final UUID disaster = database.disaster("能登半島地震 " + UUID.randomUUID(), "ACTIVE");

    @Test
    void theBatchCarriesTheProgressAndTheReportColumnsOfItsLastCheckpoint() throws SQLException {
        ImportReport report = job("roster-sjis-broken.csv", 2).call();

        StoredBatch batch = find(report.batchId());
        assertEquals(new StoredBatch.Counts(7, 2, 0, 5), batch.counts());
        assertEquals(7, batch.checkpoint().row());
        assertEquals(batch.byteSize(), batch.checkpoint().bytesRead(), "the whole file was read by the last checkpoint");
        assertEquals(Optional.of(CLOCK.instant()), batch.checkpoint().at());
        assertTrue(batch.checkpoint().rowsPerSecond().isPresent());
        assertEquals(List.of("householdKey", "householdRelationship", "damageGrade", "note"), batch.missingFields());
        assertEquals(List.of(), batch.unusedColumns());
        assertEquals("shelter-roster", batch.profileName());
        assertEquals(STAFF, batch.importedBy());
        assertTrue(batch.isImported());
        assertFalse(batch.isFinished(), "imported, not linked yet");
        assertFalse(batch.runAlive());
    }

    @Test
    void aBatchIsAliveWhileARunHoldsItsLockAndOnlyOneRunIsAdmitted() throws SQLException {
        ImportAdmission.Admitted first = admit("shelter-roster.csv");
        assertTrue(first.run().isPresent());
        assertTrue(find(first.batch().id()).runAlive(), "seen from another connection");
        assertTrue(find(first.batch().id()).isRunning());

        ImportAdmission.Admitted second = admit("shelter-roster.csv");
        assertEquals(first.batch().id(), second.batch().id(), "the same file goes to the same batch");
        assertTrue(second.run().isEmpty(), "a run of it is alive already");

        first.run().get().close();
        assertFalse(find(first.batch().id()).runAlive(), "a run that ended (or died with its connection) holds nothing");
    }

    @Test
    void aCancellationAskedForFromAnyNodeStopsTheJobAtItsNextCheckpoint() throws SQLException {
        ImportAdmission.Admitted admitted = admit("shelter-roster.csv");
        try (RunLock lock = admitted.run().orElseThrow(); Connection db = tenantConnection()) {
            assertTrue(ImportCancellation.request(db, lock.batchId(), CLOCK.instant()));
            assertTrue(find(lock.batchId()).cancelRequested());

            ImportJob job = job("shelter-roster.csv", 1);
            ImportReport report = job.call();

            assertEquals(ImportPhase.CANCELLED, job.progress().phase());
            assertEquals(1, report.rowsAccepted(), "one chunk of one row was written before the job looked");
            assertTrue(find(lock.batchId()).isCancelled());
        }
        try (RunLock again = admit("shelter-roster.csv").run().orElseThrow()) {
            assertFalse(find(again.batchId()).cancelRequested(), "the same file again resumes; the cancellation is done with");
        }
    }

    @Test
    void aBatchWhoseRunDiedIsCancelledAtOnceAndAFinishedOneCannotBe() throws SQLException {
        ImportAdmission.Admitted admitted = admit("shelter-roster.csv");
        admitted.run().orElseThrow().close();
        try (Connection db = tenantConnection()) {
            assertTrue(ImportCancellation.request(db, admitted.batch().id(), CLOCK.instant()));
            assertTrue(find(admitted.batch().id()).isCancelled());

            ImportReport done = job("roster-sjis-broken.csv", 100).call();
            assertFalse(ImportCancellation.request(db, done.batchId(), CLOCK.instant()));
            assertEquals("COMPLETED", find(done.batchId()).status());
        }
    }

    @Test
    void linkingMarksTheBatchFinishedAndItsLinkageIsCountedFromTheLinks() throws SQLException {
        ImportReport report = job("shelter-roster.csv", 100).call();
        new LinkingRun(database.dataSource(), new ExactKeyMatcher(), CLOCK)
                .link(TestDatabase.ISHIKAWA, disaster, report.batchId(), STAFF);

        assertTrue(find(report.batchId()).isFinished());
        assertEquals(List.of("年齢"), find(report.batchId()).unusedColumns());
        try (Connection db = tenantConnection()) {
            assertEquals(new BatchLinkage(0, 4, 0, 0), BatchLinkage.of(db, report.batchId()));
        }
        assertTrue(admit("shelter-roster.csv").run().isEmpty(), "nothing is left to run for a finished batch");
    }

    @Test
    void theImportsOfADisasterAreListedNewestFirstAndByImporter() throws SQLException {
        UUID older = job("roster-sjis-broken.csv", 100).call().batchId();
        UUID newer = new ImportJob(request(Samples.path("shelter-roster.csv"), new Actor("sub-17-2", "npo-worker")),
                database.dataSource(), Optional.empty(), ImportLimits.DEFAULT, Clock.offset(CLOCK, Duration.ofMinutes(1)),
                100).call().batchId();
        try (Connection db = tenantConnection()) {
            assertEquals(List.of(newer, older), ImportHistory.list(db, disaster, Optional.empty(), 0, 10).stream()
                    .map(StoredBatch::id).toList());
            assertEquals(List.of(newer), ImportHistory.list(db, disaster, Optional.of("sub-17-2"), 0, 10).stream()
                    .map(StoredBatch::id).toList());
            assertEquals(List.of(older), ImportHistory.list(db, disaster, Optional.empty(), 1, 10).stream()
                    .map(StoredBatch::id).toList());
            assertEquals(5, ImportHistory.rejectedRows(db, older));
            assertEquals(List.of(4L, 5L), ImportHistory.errors(db, older, 2, 2).stream().map(RowError::rowNumber).toList());
        }
    }

    private ImportAdmission.Admitted admit(String sample) {
        ImportRequest request = request(Samples.path(sample), STAFF);
        ScannedFile file = new ImportFileScanner(ImportLimits.DEFAULT).scan(request.file(), EncodingChoice.AUTO);
        return new ImportAdmission(database.dataSource()).admit(request, file, CLOCK.instant());
    }

    private ImportJob job(String sample, int chunkSize) {
        return new ImportJob(request(Samples.path(sample), STAFF), database.dataSource(), Optional.of(TestKeys.cipher()),
                ImportLimits.DEFAULT, CLOCK, chunkSize);
    }

    private ImportRequest request(Path file, Actor by) {
        return new ImportRequest(TestDatabase.ISHIKAWA, disaster, file, file.getFileName().toString(),
                BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER), Optional.empty(), EncodingChoice.AUTO, by);
    }

    private StoredBatch find(UUID batchId) throws SQLException {
        try (Connection db = tenantConnection()) {
            return ImportHistory.find(db, disaster, batchId).orElseThrow();
        }
    }

    private Connection tenantConnection() throws SQLException {
        Connection db = database.dataSource().getConnection();
        try (PreparedStatement bind = db.prepareStatement("SELECT set_config('search_path', 'tenant_17,registry', false)")) {
            bind.execute();
        }
        return db;
    }
}
