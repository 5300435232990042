package jp.tsunagu.ledger.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.ledger.record.SourceKind;

/** The phase and progress any node tells of a batch from the database alone. */
class BatchPhaseTest {

    static final Instant CHECKPOINT = Instant.parse("2024-02-01T01:00:00Z");

    @Test
    void anUnfinishedBatchIsImportingOrLinkingWhileARunHoldsItElseInterrupted() {
        assertEquals(BatchPhase.IMPORTING, BatchPhase.of(batch("RUNNING", null, null, true)));
        assertEquals(BatchPhase.INTERRUPTED, BatchPhase.of(batch("RUNNING", null, null, false)));
        assertEquals(BatchPhase.LINKING, BatchPhase.of(batch("COMPLETED", null, null, true)));
        assertEquals(BatchPhase.INTERRUPTED, BatchPhase.of(batch("COMPLETED", null, null, false)));
    }

    @Test
    void aCancelledImportIsLinkingUntilItsRunLetsGoAndOnlyThenCancelled() {
        assertEquals(BatchPhase.LINKING, BatchPhase.of(batch("FAILED", "CANCELLED", null, true)));
        assertEquals(BatchPhase.LINKING, BatchPhase.of(jp.tsunagu.ledger.imports.job.ImportPhase.CANCELLED),
                "a job on this node that stopped on a cancel goes on to link what it stored");
        assertEquals(BatchPhase.CANCELLED, BatchPhase.of(batch("FAILED", "CANCELLED", null, false)));
    }

    @Test
    void aFinishedBatchIsCompletedCancelledOrFailed() {
        assertEquals(BatchPhase.COMPLETED, BatchPhase.of(batch("COMPLETED", null, CHECKPOINT, false)));
        assertEquals(BatchPhase.CANCELLED, BatchPhase.of(batch("FAILED", "CANCELLED", null, false)));
        assertEquals(BatchPhase.FAILED, BatchPhase.of(batch("FAILED", "UNTERMINATED_QUOTE at line 9", null, false)));
    }

    @Test
    void progressReadFromTheCheckpointCountsTheTimeLeftDownSinceThen() {
        StoredBatch running = batch("RUNNING", null, null, true);
        ImportProgressReading reading = ImportProgressReading.stored(running, BatchPhase.IMPORTING, CHECKPOINT.plusSeconds(20));
        assertEquals(5_000, reading.rowsDone());
        assertEquals(0.25, reading.fractionDone());
        assertEquals(2_500.0, reading.rowsPerSecond());
        assertEquals(Optional.of(Duration.ofSeconds(40)), reading.eta());
        assertEquals(Optional.of(CHECKPOINT), reading.asOf());
        assertEquals(false, reading.live());
        assertEquals(Optional.empty(), ImportProgressReading.stored(running, BatchPhase.INTERRUPTED, CHECKPOINT).eta(),
                "no time left is told for a run nobody runs");
    }

    private static StoredBatch batch(String status, String failure, Instant linkedAt, boolean alive) {
        return new StoredBatch(UUID.randomUUID(), UUID.randomUUID(), SourceKind.SHELTER_ROSTER, "shelter-roster",
                "roster.csv", "0".repeat(64), "UTF_8", 4_000, status, new StoredBatch.Counts(5_000, 4_990, 0, 10),
                new StoredBatch.Checkpoint(5_000, 1_000, Optional.of(CHECKPOINT), Optional.of(2_500.0),
                        Optional.of(Duration.ofSeconds(60))),
                Optional.ofNullable(failure), new Actor("sub", "staff"), CHECKPOINT.minusSeconds(2), Optional.empty(),
                List.of(), List.of(), false, Optional.ofNullable(linkedAt), alive);
    }
}
