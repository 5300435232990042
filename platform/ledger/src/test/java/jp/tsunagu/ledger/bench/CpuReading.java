package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Wall clock and CPU time at one moment: of this JVM, and of the PostgreSQL server (the postmaster, what its exited
 * children left it, and its live children), read from /proc. Two readings give an {@link Interval}.
 */
record CpuReading(long wallNanos, long jvmCpuNanos, long postgresCpuNanos) {

    /** Linux's USER_HZ: /proc counts CPU time in ticks of 1/100 s on every architecture Java runs on here. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuReading now(long postmasterPid) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuReading(System.nanoTime(), os.getProcessCpuTime(), postgresTicks(postmasterPid) * NANOS_PER_TICK);
    }

    Interval until(CpuReading end) {
        return new Interval((end.wallNanos - wallNanos) / 1e9, (end.jvmCpuNanos - jvmCpuNanos) / 1e9,
                (end.postgresCpuNanos - postgresCpuNanos) / 1e9);
    }

    /** Seconds of wall clock, and CPU seconds of the JVM and of PostgreSQL, between two readings. */
    record Interval(double seconds, double jvmCpuSeconds, double postgresCpuSeconds) {

        Interval plus(Interval other) {
            return new Interval(seconds + other.seconds, jvmCpuSeconds + other.jvmCpuSeconds,
                    postgresCpuSeconds + other.postgresCpuSeconds);
        }
    }

    private static long postgresTicks(long postmasterPid) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> ticksIfServer(p, postmasterPid)).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticksIfServer(Path process, long postmasterPid) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15) cutime(16) cstime(17).
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long ppid = Long.parseLong(f[1]);
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (pid == postmasterPid) {
                return own + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ppid == postmasterPid ? own : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while being read
        }
    }
}
