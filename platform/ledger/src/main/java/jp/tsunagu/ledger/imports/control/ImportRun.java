package jp.tsunagu.ledger.imports.control;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportPhase;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.job.ProgressSnapshot;
import jp.tsunagu.ledger.imports.job.RunLock;
import jp.tsunagu.ledger.imports.job.UploadCopies;
import jp.tsunagu.ledger.linking.LinkingRun;

/**
 * One run of a batch on this node, on a managed executor thread: the import job, then linking of what it stored (also
 * when it was cancelled). Holds the batch's {@link RunLock} and its uploaded file until it ends, then releases the one
 * and deletes the other, however it ends. The copy of the file in the database goes too when the run ended with an
 * outcome (done, cancelled, a file that cannot be read); after a failure of the run itself (the database went away)
 * it stays, so that a node takes the import over ({@link ImportTakeover}). Logs name the batch and what failed, never
 * a value from the file.
 */
final class ImportRun implements Runnable {

    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

    private final ImportRequest request;
    private final UUID batchId;
    private final ImportJob job;
    private final LinkingRun linking;
    private final RunLock lock;
    private final StoredUpload upload;
    private final UploadCopies copies;
    private final Runnable ended;
    private volatile BatchPhase after;

    ImportRun(ImportRequest request, ImportJob job, LinkingRun linking, RunLock lock, StoredUpload upload,
              UploadCopies copies, Runnable ended) {
        this.request = request;
        this.batchId = lock.batchId();
        this.job = job;
        this.linking = linking;
        this.lock = lock;
        this.upload = upload;
        this.copies = copies;
        this.ended = ended;
    }

    @Override
    public void run() {
        boolean outcome = false;
        try (lock; upload) {
            job.call();
            ImportPhase ended = job.progress().phase();
            // A cancelled import keeps what it stored, and those records become persons like any others.
            if (ended == ImportPhase.COMPLETED || ended == ImportPhase.CANCELLED) {
                after = BatchPhase.LINKING;
                linking.link(request.tenant(), request.disasterId(), batchId, request.importedBy());
                after = ended == ImportPhase.COMPLETED ? BatchPhase.COMPLETED : BatchPhase.CANCELLED;
            }
            outcome = true;
        } catch (ImportFileException e) {
            after = BatchPhase.FAILED;
            outcome = true;
            LOG.warning(() -> "import batch " + batchId + " stopped: " + e.reason());
        } catch (RuntimeException e) {
            after = BatchPhase.FAILED;
            LOG.log(Level.WARNING, "import batch " + batchId + " failed: " + e.getClass().getName()
                    + (e.getCause() == null ? "" : " <- " + e.getCause().getClass().getName()));
        } finally {
            if (outcome) {
                forgetCopy();
            }
            ended.run();
        }
    }

    private void forgetCopy() {
        try {
            copies.delete(request.tenant(), batchId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "the stored upload of import batch " + batchId + " was not deleted: " + e.getClass().getName());
        }
    }

    UUID batchId() {
        return batchId;
    }

    BatchPhase phase() {
        BatchPhase linkingOrLater = after;
        return linkingOrLater != null ? linkingOrLater : BatchPhase.of(job.progress().phase());
    }

    ProgressSnapshot progress(Instant now) {
        return job.progress().snapshot(now);
    }

    /** Stops the job after the chunk it is writing; linking, once started, finishes (it is quick and can be rerun). */
    void cancel() {
        job.cancel();
    }
}
