package jp.tsunagu.audit.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for one chain: callers enqueue their item and take a fair lock; whoever holds it commits everything
 * queued so far (up to {@code maxBatch}) in one transaction, until their own item is committed. Callers queued behind
 * usually find theirs committed by the time they get the lock. So concurrent appends share one commit (one fsync)
 * instead of queueing for one each, while a lone caller commits at once; every caller returns only when its item is
 * committed, or with the failure. If a batch fails, its items are committed one by one, so one bad item fails alone.
 *
 * @param <T> what is queued
 * @param <R> what a committed item becomes
 */
final class GroupCommit<T, R> {

    private final Function<List<T>, List<R>> commit;
    private final int maxBatch;
    private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock(true);

    /** {@code commit} commits a batch in one transaction and returns the results in order, or throws. */
    GroupCommit(Function<List<T>, List<R>> commit, int maxBatch) {
        this.commit = Objects.requireNonNull(commit, "commit");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one item");
        }
        this.maxBatch = maxBatch;
    }

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }

    /** Commits {@code item} (alone or with others) and returns its result; a failure is rethrown unchecked. */
    R submit(T item) {
        Pending<T, R> mine = new Pending<>(item, new CompletableFuture<>());
        queue.add(mine);
        lock.lock();
        try {
            while (!mine.done().isDone()) {
                List<Pending<T, R>> batch = new ArrayList<>();
                for (Pending<T, R> next; batch.size() < maxBatch && (next = queue.poll()) != null; ) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    // Only if a holder died between taking the item and completing it (an Error): do not spin.
                    mine.done().completeExceptionally(new IllegalStateException("the audit append was lost"));
                    break;
                }
                commitOrSplit(batch);
            }
        } finally {
            lock.unlock();
        }
        try {
            return mine.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void commitOrSplit(List<Pending<T, R>> batch) {
        try {
            List<R> results = commit.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.getFirst().done().completeExceptionally(failure);
            } else {
                batch.forEach(one -> commitOrSplit(List.of(one)));
            }
        }
    }
}
