package jp.tsunagu.ledger.imports.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.imports.job.BatchLinkage;
import jp.tsunagu.ledger.imports.job.ImportCancellation;
import jp.tsunagu.ledger.imports.job.ImportHistory;
import jp.tsunagu.ledger.imports.job.ImportRefusedException;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.StoredBatch;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * The imports of a disaster instance as their readers see them, read in the request's tenant-bound transaction (on its
 * own connection, through JDBC: batches have no entity). Who sees which: municipal staff and leads and prefecture
 * admins see every import of the instance; anyone else with a grant there (a support worker) sees the imports they
 * started themselves, whose rows they brought in, and nothing of others'. An import one may not see does not exist
 * for them (404).
 */
@ApplicationScoped
public class ImportBoard {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    LedgerAccess access;

    @Inject
    CallerContext callers;

    @Inject
    ImportRuns runs;

    @Inject
    Clock clock;

    /** Only the imports of one account, or all ({@code importer} empty). */
    private record Audience(Optional<String> importer) {

        boolean sees(StoredBatch batch) {
            return importer.map(subject -> subject.equals(batch.importedBy().subject())).orElse(true);
        }
    }

    @Transactional
    @TenantTransactional
    public List<ImportState> list(UUID disasterId, long offset, int limit) {
        Audience audience = audience(disasterId);
        return read(db -> ImportHistory.list(db, disasterId, audience.importer(), offset, limit)).stream()
                .map(this::state).toList();
    }

    @Transactional
    @TenantTransactional
    public ImportState one(UUID disasterId, UUID batchId, long errorsOffset, int errorsLimit) {
        StoredBatch batch = require(disasterId, batchId);
        return read(db -> state(batch).with(BatchLinkage.of(db, batchId), new ImportState.ErrorPage(
                ImportHistory.rejectedRows(db, batchId), errorsOffset, errorsLimit,
                ImportHistory.errors(db, batchId, errorsOffset, errorsLimit))));
    }

    /** The whole report, every row error included, for the download. */
    @Transactional
    @TenantTransactional
    public ImportReport report(UUID disasterId, UUID batchId) {
        StoredBatch batch = require(disasterId, batchId);
        return read(db -> batch.report(ImportHistory.errors(db, batchId, 0, Integer.MAX_VALUE), false));
    }

    /** The batch, if the caller may see it. */
    @Transactional
    @TenantTransactional
    public StoredBatch visible(UUID disasterId, UUID batchId) {
        return require(disasterId, batchId);
    }

    /** Stops a running import at its next checkpoint, on whichever node it runs; 409 when it is not running. */
    @Transactional
    @TenantTransactional
    public ImportState cancel(UUID disasterId, UUID batchId) {
        require(disasterId, batchId);
        runs.find(batchId).ifPresent(ImportRun::cancel);
        if (!read(db -> ImportCancellation.request(db, batchId, clock.instant()))) {
            throw new ImportRefusedException(ProblemKind.CONFLICT,
                    "this import is not running (it finished, failed, was cancelled, or is linking its records)");
        }
        return state(require(disasterId, batchId));
    }

    /** Its phase and progress: live from this node's run, else from the database. */
    public ImportState state(StoredBatch batch) {
        Instant now = clock.instant();
        Optional<ImportRun> run = runs.find(batch.id());
        BatchPhase phase = run.map(ImportRun::phase).orElseGet(() -> BatchPhase.of(batch));
        ImportProgressReading progress = run.filter(r -> !r.phase().isFinal() && r.phase() != BatchPhase.LINKING)
                .map(r -> ImportProgressReading.live(batch, r.progress(now)))
                .orElseGet(() -> ImportProgressReading.stored(batch, phase, now));
        return new ImportState(batch, phase, progress, Optional.empty(), Optional.empty());
    }

    private StoredBatch require(UUID disasterId, UUID batchId) {
        Audience audience = audience(disasterId);
        return read(db -> ImportHistory.find(db, disasterId, batchId)).filter(audience::sees)
                .orElseThrow(() -> new NotFoundException("no import with this id in this disaster instance"));
    }

    // Whether the caller may read the ledger decides; a grant for other work (403 on READ) still sees its own imports.
    private Audience audience(UUID disasterId) {
        try {
            access.require(LedgerWork.READ, disasterId);
            return new Audience(Optional.empty());
        } catch (LedgerAccess.LedgerForbiddenException e) {
            return new Audience(Optional.of(callers.require().subject()));
        }
    }

    private interface Query<T> {
        T on(Connection db) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        try {
            return query.on(em.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("reading imports failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
