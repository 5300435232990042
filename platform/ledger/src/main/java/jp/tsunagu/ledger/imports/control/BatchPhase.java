package jp.tsunagu.ledger.imports.control;

import jp.tsunagu.ledger.imports.job.ImportPhase;
import jp.tsunagu.ledger.imports.job.StoredBatch;

/**
 * Where an import is, as the API shows it: the job's phases, then linking. {@code INTERRUPTED}: the batch is unfinished
 * and no node runs it (the application stopped, or the run failed); uploading the same file again resumes it from its
 * checkpoint.
 */
public enum BatchPhase {
    QUEUED, SCANNING, IMPORTING, LINKING, COMPLETED, FAILED, CANCELLED, INTERRUPTED;

    /** The phase as the database tells it, for a batch that does not run on this node. */
    public static BatchPhase of(StoredBatch batch) {
        if (batch.isCancelled()) {
            // What a cancelled import stored is linked before the run lets go of the batch.
            return batch.runAlive() ? LINKING : CANCELLED;
        }
        if (batch.isFinished()) {
            return COMPLETED;
        }
        if (batch.isRunning()) {
            return batch.runAlive() ? IMPORTING : INTERRUPTED;
        }
        if (batch.isImported()) {
            return batch.runAlive() ? LINKING : INTERRUPTED;
        }
        return FAILED;
    }

    /**
     * The phase of a job running on this node, before its linking starts. A cancelled job is linked too (what it stored
     * stays and becomes persons), so it is not over until then.
     */
    static BatchPhase of(ImportPhase job) {
        return switch (job) {
            case QUEUED -> QUEUED;
            case SCANNING -> SCANNING;
            case IMPORTING -> IMPORTING;
            case COMPLETED -> LINKING;
            case FAILED -> FAILED;
            case CANCELLED -> LINKING;
        };
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
