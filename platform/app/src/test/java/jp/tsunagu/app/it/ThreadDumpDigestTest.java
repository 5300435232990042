package jp.tsunagu.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ThreadDumpDigestTest {

    private static final String IDLE = """
            "http-thread-pool::http-listener(3)" #91 [2301] daemon prio=5 os_prio=0 cpu=12.10ms elapsed=80.2s tid=0x1 nid=2301 waiting on condition  [0x1]
               java.lang.Thread.State: WAITING (parking)
            \tat jdk.internal.misc.Unsafe.park(java.base@25/Native Method)
            \tat java.util.concurrent.LinkedTransferQueue.take(java.base@25/LinkedTransferQueue.java:683)
            """;

    private static final String SERVING = """
            "http-thread-pool::http-listener(5)" #93 [2303] daemon prio=5 os_prio=0 cpu=40.00ms elapsed=80.2s tid=0x2 nid=2303 runnable  [0x2]
               java.lang.Thread.State: RUNNABLE
            \tat sun.nio.ch.Net.poll(java.base@25/Native Method)
            \tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)
            \tat jp.tsunagu.ledger.imports.job.BatchLinkage.of(BatchLinkage.java:25)
            """;

    private static final String BLOCKED = """
            "hz.cached.thread-1" #120 [2400] daemon prio=5 os_prio=0 cpu=1.00ms elapsed=70.0s tid=0x3 nid=2400 waiting for monitor entry  [0x3]
               java.lang.Thread.State: BLOCKED (on object monitor)
            \tat com.example.Cache.put(Cache.java:10)
            \t- waiting to lock <0x00000000c1> (a java.lang.Object)
            """;

    @Test
    void keepsTheThreadsInTheApplicationsCodeAndTheBlockedOnesWithStateAndFrames() {
        String digest = ThreadDumpDigest.of("2026-11-22 08:00:00\nFull thread dump\n\n" + IDLE + "\n" + SERVING + "\n"
                + BLOCKED + "\nJNI global refs: 12\n");

        assertFalse(digest.contains("http-listener(3)"), digest);
        assertTrue(digest.contains("\"http-thread-pool::http-listener(5)\" RUNNABLE\n"), digest);
        assertTrue(digest.contains("    at jp.tsunagu.ledger.imports.job.BatchLinkage.of(BatchLinkage.java:25)"), digest);
        assertTrue(digest.contains("\"hz.cached.thread-1\" BLOCKED (on object monitor)\n"), digest);
        assertTrue(digest.contains("    - waiting to lock <0x00000000c1> (a java.lang.Object)"), digest);
        assertFalse(digest.contains("cpu="), "the header is cut to the name");
    }

    @Test
    void saysSoWhenNothingRunsTheApplicationsCode() {
        assertEquals("(no thread runs the application's code or is blocked)\n", ThreadDumpDigest.of(IDLE));
    }

    @Test
    void showsTheTopOfADeepStackAndTheApplicationsFramesBelowIt() {
        String deep = SERVING.replace("\tat jp.tsunagu", IntStream.range(0, 20)
                .mapToObj(i -> "\tat org.postgresql.Layer" + i + ".call(Layer.java:1)\n").collect(Collectors.joining())
                + "\tat jp.tsunagu");

        String digest = ThreadDumpDigest.of(deep);

        assertEquals(List.of("\"http-thread-pool::http-listener(5)\" RUNNABLE",
                "    at sun.nio.ch.Net.poll(java.base@25/Native Method)",
                "    at org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
                "    at org.postgresql.Layer0.call(Layer.java:1)",
                "    at org.postgresql.Layer1.call(Layer.java:1)",
                "    at org.postgresql.Layer2.call(Layer.java:1)",
                "    ...",
                "    at jp.tsunagu.ledger.imports.job.BatchLinkage.of(BatchLinkage.java:25)"), digest.lines().toList());
    }

    @Test
    void putsTheThreadsServingRequestsFirstAndStaysShortWhateverTheDumpHolds() {
        String dump = Stream.concat(IntStream.range(0, 20).mapToObj(i -> BLOCKED.replace("thread-1", "thread-" + i)),
                Stream.of(SERVING)).collect(Collectors.joining("\n"));

        List<String> names = ThreadDumpDigest.of(dump).lines().filter(line -> line.startsWith("\"")).toList();

        assertEquals(ThreadDumpDigest.MAX_THREADS, names.size());
        assertTrue(names.getFirst().startsWith("\"http-thread-pool::http-listener(5)\""), names::toString);
        assertTrue(ThreadDumpDigest.of(dump).endsWith("(13 more threads in the application's code)\n"));
    }
}
