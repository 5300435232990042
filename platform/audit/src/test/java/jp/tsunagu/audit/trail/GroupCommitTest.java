package jp.tsunagu.audit.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerCommitsAtOnce() {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> group = new GroupCommit<>(batch -> {
            batches.add(batch);
            return batch.stream().map(i -> "#" + i).toList();
        }, 10);
        assertEquals("#1", group.submit(1));
        assertEquals("#2", group.submit(2));
        assertEquals(List.of(List.of(1), List.of(2)), batches);
    }

    @Test
    void callersQueuedDuringACommitShareTheNextOneAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = new GroupCommit<>(batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                firstCommitStarted.countDown();
                await(releaseFirst);
            }
            return batch.stream().map(i -> i * 10).toList();
        }, 100);
        ExecutorService callers = Executors.newFixedThreadPool(9);
        Future<Integer> first = callers.submit(() -> group.submit(0));
        firstCommitStarted.await(5, TimeUnit.SECONDS);
        List<Future<Integer>> queued = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            int item = i;
            queued.add(callers.submit(() -> group.submit(item)));
        }
        Thread.sleep(200); // let all eight enqueue behind the commit in progress
        releaseFirst.countDown();
        assertEquals(0, first.get(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 8; i++) {
            assertEquals(i * 10, queued.get(i - 1).get(5, TimeUnit.SECONDS));
        }
        callers.shutdown();
        assertEquals(2, batches.size(), "the eight waiting callers shared one commit: " + batches);
        assertEquals(8, batches.get(1).size());
    }

    @Test
    void aBatchNeverExceedsItsLimit() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = new GroupCommit<>(batch -> {
            sizes.add(batch.size());
            sleep(5);
            return batch;
        }, 3);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int item = i;
            all.add(callers.submit(() -> group.submit(item)));
        }
        for (int i = 0; i < 64; i++) {
            assertEquals(i, all.get(i).get(10, TimeUnit.SECONDS));
        }
        callers.shutdown();
        assertTrue(sizes.stream().allMatch(size -> size <= 3), sizes::toString);
        assertEquals(64, sizes.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aFailingItemFailsAloneAndTheOthersOfItsBatchAreCommitted() throws Exception {
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<Integer>> committed = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> group = new GroupCommit<>(batch -> {
            if (committed.isEmpty() && batch.equals(List.of(0))) {
                firstCommitStarted.countDown();
                await(releaseFirst);
            }
            if (batch.contains(13)) {
                throw new IllegalArgumentException("a bad entry");
            }
            committed.add(batch);
            return batch;
        }, 100);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        Future<Integer> first = callers.submit(() -> group.submit(0));
        firstCommitStarted.await(5, TimeUnit.SECONDS);
        Future<Integer> good = callers.submit(() -> group.submit(12));
        Future<Integer> bad = callers.submit(() -> group.submit(13));
        Future<Integer> alsoGood = callers.submit(() -> group.submit(14));
        Thread.sleep(200);
        releaseFirst.countDown();
        assertEquals(0, first.get(5, TimeUnit.SECONDS));
        assertEquals(12, good.get(5, TimeUnit.SECONDS));
        assertEquals(14, alsoGood.get(5, TimeUnit.SECONDS));
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> bad.get(5, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof IllegalArgumentException, failed::toString);
        callers.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
