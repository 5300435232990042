package jp.tsunagu.ledger.imports.control;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.job.ImportAdmission;
import jp.tsunagu.ledger.imports.job.ImportPreflight;
import jp.tsunagu.ledger.imports.job.ImportRefusedException;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.job.RunLock;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.ledger.imports.job.UploadCopies;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.imports.profile.ImportProfiles;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * Takes an upload in, in two steps around the transfer of its body, so that neither holds a database connection
 * while bytes arrive: {@link #prepare} decides, in a short tenant-bound transaction, whether the caller may import
 * into the instance now and with what; {@link #submit} then checks the stored file through, admits its batch and
 * starts its run, or says why nothing needs to run.
 */
@ApplicationScoped
public class ImportIntake {

    /** What became of an upload. */
    public enum Outcome { STARTED, ALREADY_IMPORTED, RUNNING_ALREADY }

    /** The batch an upload went to, and what became of the upload. */
    public record Submission(StoredBatch batch, Outcome outcome) {
    }

    @Inject
    CallerContext callers;

    @Inject
    LedgerAccess access;

    @Inject
    ImportProfiles profiles;

    @Inject
    ImportRuns runs;

    @Inject
    ImportSettings settings;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    /** Before a byte of the body is read: access (404, 409 unless active), the profile, the kind, room to run. */
    @Transactional
    @TenantTransactional
    public ImportOrder prepare(UUID disasterId, ImportOptions options) {
        Actor actor = access.require(LedgerWork.IMPORT, disasterId);
        ColumnProfile profile = profiles.named(options.profile()).orElseThrow(() -> new InvalidRequestException("profile",
                "no import profile has this name; GET /api/v1/import-profiles lists them"));
        ImportOrder order = new ImportOrder(callers.require().requireTenant(), disasterId, actor, profile, options);
        runs.requireCapacity();
        return order;
    }

    /** Takes the stored upload: it is handed to the run, or deleted here, whatever happens. */
    public Submission submit(ImportOrder order, StoredUpload upload) {
        boolean handedOver = false;
        try {
            ScannedFile file = new ImportPreflight(settings.limits()).check(upload.path(), order.options().encoding(),
                    order.profile());
            ImportRequest request = order.request(upload.path());
            ImportAdmission.Admitted admitted = new ImportAdmission(dataSource).admit(request, file, clock.instant());
            StoredBatch batch = admitted.batch();
            if (admitted.run().isPresent()) {
                storeCopy(order, batch, upload, admitted.run().get());
                handedOver = true;
                runs.start(request, admitted.run().get(), upload);
                return new Submission(batch, Outcome.STARTED);
            }
            return new Submission(batch, batch.isFinished() ? Outcome.ALREADY_IMPORTED : Outcome.RUNNING_ALREADY);
        } finally {
            if (!handedOver) {
                upload.close();
            }
        }
    }

    // Before the uploader is told that the import runs: from here on any node can finish it.
    private void storeCopy(ImportOrder order, StoredBatch batch, StoredUpload upload, RunLock run) {
        try {
            new UploadCopies(dataSource).store(order.tenant(), batch.id(), upload.path(), order.options().encoding(),
                    clock.instant());
        } catch (RuntimeException e) {
            run.close();
            throw new ImportRefusedException(ProblemKind.UNAVAILABLE, "the file could not be stored; send it again shortly");
        }
    }
}
