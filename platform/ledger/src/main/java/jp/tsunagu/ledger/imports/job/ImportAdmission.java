package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jp.tsunagu.ledger.imports.csv.ScannedFile;

/**
 * Admits a checked upload before its job runs: finds or creates the batch of the file (same disaster, content and
 * profile) and, unless everything of it is done, claims its run ({@link RunLock}). The API can then answer at once
 * where the import is, whether the file was imported before, and whether it is running elsewhere already. The job
 * later finds the same batch.
 */
public final class ImportAdmission {

    /** The batch, and the claim of its run when this caller is to run it. */
    public record Admitted(StoredBatch batch, Optional<RunLock> run) {
    }

    private final DataSource dataSource;

    public ImportAdmission(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Admitted admit(ImportRequest request, ScannedFile file, Instant now) {
        Optional<RunLock> run = Optional.empty();
        try {
            TenantConnection db = new TenantConnection(dataSource.getConnection(), request.tenant());
            try {
                Connection tx = db.begin();
                BatchRow row = ImportBatches.findOrCreate(tx, request, file, now);
                StoredBatch batch = ImportHistory.find(tx, request.disasterId(), row.id()).orElseThrow();
                db.commit();
                if (!batch.isFinished()) {
                    run = RunLock.tryAcquire(db.raw(), batch.id());
                }
                if (run.isPresent()) {
                    // Uploading the file again is asking for it to run, even if an earlier run was asked to stop.
                    ImportBatches.forgetCancellation(db.begin(), batch.id());
                    db.commit();
                }
                return new Admitted(batch, run);
            } finally {
                if (run.isEmpty()) {
                    db.close();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admitting an import failed in the database (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
