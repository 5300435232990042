package jp.tsunagu.ledger.imports.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * An import batch as the database holds it, readable from any node: what file, imported how and by whom, its counts,
 * the progress as of its last checkpoint, the report's column lists, and whether a run of it is alive somewhere
 * ({@code runAlive}: some session holds its {@link RunLock}).
 */
public record StoredBatch(UUID id, UUID disasterId, SourceKind sourceKind, String profileName, String fileName,
                          String sha256, String encoding, long byteSize, String status, Counts counts,
                          Checkpoint checkpoint, Optional<String> failure, Actor importedBy, Instant startedAt,
                          Optional<Instant> finishedAt, List<String> unusedColumns, List<String> missingFields,
                          boolean cancelRequested, Optional<Instant> linkedAt, boolean runAlive) {

    public static final String CANCELLED = "CANCELLED";

    public StoredBatch {
        unusedColumns = List.copyOf(unusedColumns);
        missingFields = List.copyOf(missingFields);
    }

    /** Rows read, stored, recognised as stored before, rejected. */
    public record Counts(long read, long accepted, long duplicate, long rejected) {
    }

    /** The last committed chunk: its last row, the bytes read by then, when, and the job's rate and time left then. */
    public record Checkpoint(long row, long bytesRead, Optional<Instant> at, Optional<Double> rowsPerSecond,
                             Optional<Duration> eta) {
    }

    public boolean isRunning() {
        return status.equals("RUNNING");
    }

    public boolean isImported() {
        return status.equals("COMPLETED");
    }

    public boolean isCancelled() {
        return status.equals("FAILED") && failure.filter(CANCELLED::equals).isPresent();
    }

    /** Imported and every stored record linked: nothing is left to run. */
    public boolean isFinished() {
        return isImported() && linkedAt.isPresent();
    }

    /** The report of the import as stored, with the given row errors. */
    public ImportReport report(List<RowError> errors, boolean alreadyImported) {
        return new ImportReport(id, fileName, sha256, encoding, status, alreadyImported, counts.read(), counts.accepted(),
                counts.duplicate(), counts.rejected(), errors, unusedColumns, missingFields, failure);
    }
}
