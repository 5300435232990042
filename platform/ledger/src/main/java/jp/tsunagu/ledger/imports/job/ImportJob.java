package jp.tsunagu.ledger.imports.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jp.tsunagu.ledger.bulk.OrderedWriter;
import jp.tsunagu.ledger.imports.csv.CsvReader;
import jp.tsunagu.ledger.imports.csv.CsvRecord;
import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.csv.ImportFileScanner;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.csv.ScannedFile;
import jp.tsunagu.ledger.imports.profile.ImportField;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.imports.row.Interpretation;
import jp.tsunagu.ledger.imports.row.RowInterpreter;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.record.TimeOrderedIds;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * Imports one file: a plain class the application runs on a managed executor (it is a {@link Callable}) and whose
 * {@link #progress()} it exposes. Steps:
 * <ol>
 * <li>Scan the file once: size limit, SHA-256, encoding.</li>
 * <li>Find or create the batch of (disaster, file content, profile). A COMPLETED batch means the file was imported
 *     already: the report says so and nothing is stored again. A RUNNING or FAILED one is resumed from its checkpoint.</li>
 * <li>Hold a PostgreSQL advisory lock on the batch for the whole run, so the same file is never imported twice at once,
 *     on any node (the lock goes with the connection if the process dies).</li>
 * <li>Stream the rows; interpret each; every {@code chunkSize} rows write the chunk (COPY) and move the checkpoint
 *     in the same transaction. After a crash, rows up to the checkpoint are skipped; any row stored twice anyway is
 *     caught by its fingerprint. The checkpoint also carries the progress, so any node can show it. Chunks are
 *     written on a thread of their own ({@link OrderedWriter}) while the next chunk is read, one at a time and in
 *     order.</li>
 * </ol>
 * Logs name the batch and counts, never a value from the file.
 */
public final class ImportJob implements Callable<ImportReport> {

    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final int DEFAULT_CHUNK_SIZE = 5_000;

    private final ImportRequest request;
    private final DataSource dataSource;
    private final Optional<MyNumberCipher> cipher;
    private final ImportLimits limits;
    private final Clock clock;
    private final int chunkSize;
    private final Optional<PersonMatcher> matcher;
    private final ImportProgress progress = new ImportProgress();
    private volatile boolean cancelled;
    private volatile boolean stopAtCheckpoint;

    public ImportJob(ImportRequest request, DataSource dataSource, Optional<MyNumberCipher> cipher, ImportLimits limits,
                     Clock clock, int chunkSize) {
        this(request, dataSource, cipher, limits, clock, chunkSize, Optional.empty());
    }

    /** Also stores the matcher's keys with each record ({@link PersonMatcher#keysOf}), so linking need not work them out. */
    public ImportJob(ImportRequest request, DataSource dataSource, Optional<MyNumberCipher> cipher, ImportLimits limits,
                     Clock clock, int chunkSize, Optional<PersonMatcher> matcher) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a chunk has at least one row");
        }
        this.request = request;
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.limits = limits;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.matcher = matcher;
    }

    public ImportProgress progress() {
        return progress;
    }

    /**
     * Asks the job to stop after the chunk it is writing; it can be resumed later by running the same file again. A
     * cancellation asked for through the batch (from any node) is seen at the next checkpoint.
     */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public ImportReport call() {
        progress.phase(ImportPhase.SCANNING);
        ScannedFile file;
        try {
            file = new ImportFileScanner(limits).scan(request.file(), request.encoding());
        } catch (ImportFileException e) {
            progress.phase(ImportPhase.FAILED);
            throw e;
        }
        try (TenantConnection db = new TenantConnection(dataSource.getConnection(), request.tenant())) {
            return run(db, file);
        } catch (SQLException e) {
            progress.phase(ImportPhase.FAILED);
            throw new IllegalStateException("the import of a file failed in the database (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private ImportReport run(TenantConnection db, ScannedFile file) throws SQLException {
        Connection tx = db.begin();
        String status = ImportBatches.disasterStatus(tx, request.disasterId())
                .orElseThrow(() -> new ImportRefusedException(ProblemKind.NOT_FOUND, "no disaster instance with this id"));
        if (!status.equals("ACTIVE")) {
            throw new ImportRefusedException(ProblemKind.CONFLICT, "records are imported only into an active disaster instance");
        }
        BatchRow batch = ImportBatches.findOrCreate(tx, request, file, clock.instant());
        db.commit();
        if (batch.status().equals("COMPLETED")) {
            progress.phase(ImportPhase.COMPLETED);
            return report(db, batch.id(), true);
        }
        if (!tryLock(db.raw(), batch.id())) {
            throw new ImportRefusedException(ProblemKind.CONFLICT, "this file is being imported already");
        }
        try {
            return importRows(db, file, batch);
        } finally {
            unlock(db.raw(), batch.id());
        }
    }

    private ImportReport importRows(TenantConnection db, ScannedFile file, BatchRow batch) throws SQLException {
        ImportBatches.restart(db.begin(), batch.id());
        db.commit();
        progress.start(clock.instant(), file.byteSize());
        LOG.info(() -> "import batch " + batch.id() + ": starting after row " + batch.checkpointRow());
        ChunkWriter writer = new ChunkWriter(request, batch.id(), clock.instant(), matcher);
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        Chunk chunk = new Chunk(ids);
        long lastRow = batch.checkpointRow();
        // The pipeline is closed (a write in progress finished) before any catch below touches the connection.
        try (CsvReader reader = CsvReader.open(file, limits); OrderedWriter pipeline = new OrderedWriter()) {
            ResolvedProfile profile = ImportPreflight.header(reader, request.profile());
            ImportBatches.describeColumns(db.begin(), batch.id(), profile.unusedColumns(),
                    profile.missingFields().stream().map(ImportField::id).toList());
            db.commit();
            RowInterpreter interpreter = new RowInterpreter(request.kind(), profile, cipher, LocalDate.now(clock.withZone(JAPAN)));
            Optional<CsvRecord> next;
            while ((next = reader.next()).isPresent()) {
                CsvRecord record = next.get();
                if (record.ordinal() <= batch.checkpointRow() || record.isBlank()) {
                    continue;
                }
                var mapped = profile.map(record.fields());
                Interpretation row = record.broken().isPresent() ? interpreter.brokenRow(mapped) : interpreter.interpret(mapped);
                switch (row) {
                    case Interpretation.Accepted accepted -> chunk.accept(record.ordinal(), accepted, mapped.corrects());
                    case Interpretation.Rejected rejected -> chunk.reject(record.ordinal(), record.line(), rejected);
                }
                lastRow = record.ordinal();
                if (chunk.size() >= chunkSize) {
                    chunk.endsAt(lastRow, reader.bytesRead());
                    // A cancellation is honoured at a checkpoint: the write before may have seen one; then stop here.
                    pipeline.awaitWritten();
                    if (stopAtCheckpoint) {
                        return stop(db, batch.id(), ImportPhase.CANCELLED, StoredBatch.CANCELLED);
                    }
                    Chunk full = chunk;
                    pipeline.submit(() -> writeChunk(db, writer, full, batch.id()));
                    chunk = new Chunk(ids);
                }
            }
            chunk.endsAt(lastRow, reader.bytesRead());
            pipeline.awaitWritten();
            if (stopAtCheckpoint) {
                return stop(db, batch.id(), ImportPhase.CANCELLED, StoredBatch.CANCELLED);
            }
            writeChunk(db, writer, chunk, batch.id());
        } catch (ImportFileException e) {
            db.rollbackQuietly();
            String failure = e.reason() + e.line().stream().mapToObj(l -> " at line " + l).findFirst().orElse("");
            stop(db, batch.id(), ImportPhase.FAILED, failure);
            throw e;
        } catch (RuntimeException | SQLException e) {
            db.rollbackQuietly();
            LOG.log(Level.WARNING, "import batch " + batch.id() + " failed after row " + lastRow + ": " + e.getClass().getName());
            progress.phase(ImportPhase.FAILED);
            throw e;
        }
        ImportBatches.finish(db.begin(), batch.id(), "COMPLETED", Optional.empty(), clock.instant());
        db.commit();
        progress.phase(ImportPhase.COMPLETED);
        ImportReport report = report(db, batch.id(), false);
        LOG.info(() -> "import batch " + batch.id() + ": " + report.rowsAccepted() + " stored, " + report.rowsDuplicate()
                + " duplicates, " + report.rowsRejected() + " rejected");
        return report;
    }

    private void writeChunk(TenantConnection db, ChunkWriter writer, Chunk chunk, UUID batchId) throws SQLException {
        if (chunk.size() == 0) {
            return;
        }
        // Advanced before the commit so the checkpoint carries the rate and time left; a failed commit fails the job.
        progress.advance(chunk.size(), chunk.bytesRead());
        Instant now = clock.instant();
        Connection tx = db.begin();
        ChunkCounts counts = writer.write(tx, chunk);
        boolean cancelRequested = ImportBatches.checkpoint(tx, batchId, chunk.lastRow(), counts, chunk.bytesRead(),
                progress.snapshot(now), now);
        db.commit();
        if (cancelRequested) {
            cancel();
        }
        // Read by the reading thread before it hands over the next chunk: the job stops right after this checkpoint.
        stopAtCheckpoint = cancelled;
    }

    private ImportReport stop(TenantConnection db, UUID batchId, ImportPhase phase, String failure) throws SQLException {
        ImportBatches.finish(db.begin(), batchId, "FAILED", Optional.of(failure), clock.instant());
        db.commit();
        progress.phase(phase);
        return report(db, batchId, false);
    }

    private ImportReport report(TenantConnection db, UUID batchId, boolean alreadyImported) throws SQLException {
        Connection tx = db.begin();
        StoredBatch batch = ImportHistory.find(tx, request.disasterId(), batchId).orElseThrow();
        List<RowError> errors = ImportBatches.errors(tx, batchId, 0, Integer.MAX_VALUE);
        db.commit();
        return batch.report(errors, alreadyImported);
    }

    private static boolean tryLock(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey(batchId));
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                boolean locked = result.getBoolean(1);
                db.commit();
                return locked;
            }
        }
    }

    private static void unlock(Connection db, UUID batchId) throws SQLException {
        try (PreparedStatement unlock = db.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, lockKey(batchId));
            unlock.execute();
            db.commit();
        }
    }

    private static long lockKey(UUID batchId) {
        return batchId.getMostSignificantBits() ^ batchId.getLeastSignificantBits();
    }
}
