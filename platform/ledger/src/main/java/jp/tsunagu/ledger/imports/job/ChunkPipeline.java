package jp.tsunagu.ledger.imports.job;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Writes the chunks of one import on a thread of its own while the job reads and interprets the next: one chunk at
 * a time and in file order, so checkpoints still advance chunk by chunk. A failed write is thrown to the job at its
 * next {@link #submit} or {@link #awaitWritten}. The writer uses nothing but the job's own JDBC connection, which the
 * job does not touch while a chunk is being written.
 */
final class ChunkPipeline implements AutoCloseable {

    private static final ThreadFactory WRITERS = Thread.ofPlatform().name("ledger-import-writer-", 1).daemon().factory();

    /** A chunk write: its transaction, committed before it returns. */
    @FunctionalInterface
    interface Write {
        void run() throws SQLException;
    }

    private final ExecutorService writer = Executors.newSingleThreadExecutor(WRITERS);
    private Future<?> pending = CompletableFuture.completedFuture(null);

    /** Waits for the chunk before (rethrowing its failure), then starts writing this one. */
    void submit(Write write) throws SQLException {
        awaitWritten();
        pending = writer.submit(() -> {
            write.run();
            return null;
        });
    }

    /** Waits until every submitted chunk is written; throws what a write threw. */
    void awaitWritten() throws SQLException {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a chunk was being written", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SQLException sql -> throw sql;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Lets a write in progress finish (its failure is the job's to report elsewhere), then ends the thread. */
    @Override
    public void close() {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // already thrown to the job by submit or awaitWritten, or superseded by the failure that closes us
        }
        writer.shutdown();
    }
}
