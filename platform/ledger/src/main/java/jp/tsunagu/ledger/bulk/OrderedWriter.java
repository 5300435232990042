package jp.tsunagu.ledger.bulk;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs the writes of a bulk job (an import's chunks, a linking run's pages) on a thread of its own while the job
 * prepares the next: one write at a time and in the order submitted, so checkpoints still advance write by write. A
 * failed write is thrown to the job at its next {@link #submit} or {@link #awaitWritten}. A write uses a JDBC
 * connection that the job does not touch while writes are pending.
 */
public final class OrderedWriter implements AutoCloseable {

    private static final ThreadFactory WRITERS = Thread.ofPlatform().name("ledger-bulk-writer-", 1).daemon().factory();

    /** One write: its transaction, committed before it returns. */
    @FunctionalInterface
    public interface Write {
        void run() throws SQLException;
    }

    private final ExecutorService writer = Executors.newSingleThreadExecutor(WRITERS);
    private Future<?> pending = CompletableFuture.completedFuture(null);

    /** Waits for the write before (rethrowing its failure), then starts this one. */
    public void submit(Write write) throws SQLException {
        awaitWritten();
        pending = writer.submit(() -> {
            write.run();
            return null;
        });
    }

    /** Waits until every submitted write is done; throws what a write threw. */
    public void awaitWritten() throws SQLException {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a bulk write", e);
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
            // thrown to the job by submit or awaitWritten already, or superseded by the failure that closes the writer
        }
        writer.shutdown();
    }
}
