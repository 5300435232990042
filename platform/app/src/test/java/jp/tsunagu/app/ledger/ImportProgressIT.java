package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;

/**
 * A large file runs in the background after the upload has been answered: its progress can be followed while it runs
 * and read after it ended, and a cancelled import resumes from its checkpoint when the same file is uploaded again.
 */
class ImportProgressIT extends ImportSystemTest {

    // Six chunks of 5,000 rows: a cancellation seen at the second or third checkpoint leaves rows to resume.
    static final int ROWS = 30_000;
    static final String VISITS = ImportApi.query("kind", "OUTREACH_VISIT", "fileName", "訪問記録_一括.csv");

    @Test
    void theProgressOfARunningImportIsReadableAndItsReportAfterItEnded() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 進捗");
        String staff = scene.staffToken();
        Api.Reply accepted = imports.upload(staff, scene.disasterId, RosterFiles.generated(ROWS, 1), VISITS);
        assertEquals(202, accepted.status(), accepted::toString);
        String path = ImportApi.path(accepted);

        JsonObject running = imports.await(staff, path, ImportProgressIT::importingPastACheckpoint);
        JsonObject progress = running.getJsonObject("progress");
        assertTrue(progress.getBoolean("live"), "the job runs on the node that answered");
        assertTrue(progress.getJsonNumber("rowsPerSecond").doubleValue() > 0, progress::toString);
        double fraction = progress.getJsonNumber("fractionDone").doubleValue();
        assertTrue(fraction > 0 && fraction < 1, progress::toString);
        assertTrue(progress.containsKey("etaSeconds"), progress::toString);
        assertEquals(progress.getJsonNumber("rowsDone").longValue(), running.getJsonObject("counts").getInt("read"),
                "rows done are the rows committed with the last checkpoint");

        JsonObject done = imports.awaitEnd(staff, path);
        assertEquals("COMPLETED", done.getString("phase"), done::toString);
        assertEquals(ROWS, done.getJsonObject("progress").getJsonNumber("rowsDone").longValue());
        assertEquals(1.0, done.getJsonObject("progress").getJsonNumber("fractionDone").doubleValue());
        assertEquals(false, done.getJsonObject("progress").getBoolean("live"), "read from the batch's last checkpoint");
        assertTrue(done.getJsonObject("progress").containsKey("asOf"));
        assertEquals(ROWS, done.getJsonObject("counts").getInt("stored"), done::toString);
        JsonObject linkage = done.getJsonObject("linkage");
        assertEquals(ROWS, linkage.getInt("linked") + linkage.getInt("newPersons") + linkage.getInt("forReview"),
                linkage::toString);
        assertEquals(0, linkage.getInt("unlinked"));
        assertEquals(ROWS, ledger.linkedRecords(scene.disasterId));
    }

    @Test
    void aCancelledImportKeepsWhatItStoredAndTheSameFileResumesItWithoutDuplicates() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 中断");
        String staff = scene.staffToken();
        byte[] file = RosterFiles.generated(ROWS, 2);
        String path = ImportApi.path(imports.upload(staff, scene.disasterId, file, VISITS));
        imports.await(staff, path, ImportProgressIT::importingPastACheckpoint);

        Api.Reply cancelled = imports.cancel(staff, path);
        assertEquals(202, cancelled.status(), cancelled::toString);
        JsonObject stopped = imports.awaitEnd(staff, path);
        assertEquals("CANCELLED", stopped.getString("phase"), stopped::toString);
        long stored = stopped.getJsonObject("counts").getInt("stored");
        assertTrue(stored > 0 && stored < ROWS, stopped::toString);
        assertEquals(stored, ledger.records(scene.disasterId), "what was stored before the stop stays");
        assertEquals(stored, ledger.linkedRecords(scene.disasterId), "and is linked to persons");
        assertProblem(imports.cancel(staff, path), 409, "conflict", null);

        Api.Reply resumed = imports.upload(staff, scene.disasterId, file, VISITS);
        assertEquals(202, resumed.status(), resumed::toString);
        assertEquals(path, ImportApi.path(resumed), "the same batch");
        JsonObject done = imports.awaitEnd(staff, path);
        assertEquals("COMPLETED", done.getString("phase"), done::toString);
        assertEquals(ROWS, done.getJsonObject("counts").getInt("read"));
        assertEquals(ROWS, done.getJsonObject("counts").getInt("stored"));
        assertEquals(0, done.getJsonObject("counts").getInt("duplicates"), "the resumed run started after the checkpoint");
        assertEquals(ROWS, ledger.records(scene.disasterId));
        assertEquals(ROWS, ledger.linkedRecords(scene.disasterId));
        assertNoUploadLeft();
    }

    private static boolean importingPastACheckpoint(JsonObject state) {
        return state.getString("phase").equals("IMPORTING")
                && state.getJsonObject("progress").getJsonNumber("rowsDone").longValue() > 0;
    }
}
