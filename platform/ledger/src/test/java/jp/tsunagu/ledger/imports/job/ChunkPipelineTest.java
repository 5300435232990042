package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Chunks are written off the reading thread, one at a time, in order; a failed write reaches the job. */
class ChunkPipelineTest {

    @Test
    void chunksAreWrittenOneAtATimeInOrderOnAnotherThread() throws SQLException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Thread reader = Thread.currentThread();
        try (ChunkPipeline pipeline = new ChunkPipeline()) {
            for (int chunk = 0; chunk < 20; chunk++) {
                int number = chunk;
                pipeline.submit(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    assertNotEquals(reader, Thread.currentThread());
                    written.add(number);
                    running.decrementAndGet();
                });
            }
            pipeline.awaitWritten();
        }
        assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), written);
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void aFailedWriteIsThrownToTheJobAtItsNextStepAndNothingAfterItIsWritten() throws SQLException {
        SQLException failure = new SQLException("chunk refused", "23505");
        List<Integer> written = new CopyOnWriteArrayList<>();
        try (ChunkPipeline pipeline = new ChunkPipeline()) {
            pipeline.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(SQLException.class, () -> pipeline.submit(() -> written.add(2))));
        }
        assertEquals(List.of(), written);
    }
}
