package jp.tsunagu.ledger.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Writes run off the job's thread, one at a time, in order; a failed write reaches the job. */
class OrderedWriterTest {

    @Test
    void writesRunOneAtATimeInOrderOnAnotherThread() throws SQLException {
        List<Integer> written = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Thread reader = Thread.currentThread();
        try (OrderedWriter pipeline = new OrderedWriter()) {
            for (int write = 0; write < 20; write++) {
                int number = write;
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
        try (OrderedWriter pipeline = new OrderedWriter()) {
            pipeline.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(SQLException.class, () -> pipeline.submit(() -> written.add(2))));
        }
        assertEquals(List.of(), written);
    }
}
