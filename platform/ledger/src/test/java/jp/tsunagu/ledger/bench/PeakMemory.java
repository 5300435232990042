package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use (sampled every 20 ms) and the resident set's high-water mark (VmHWM) of this JVM since the last
 * {@link #reset}. Resetting VmHWM writes 5 to /proc/self/clear_refs (Linux 4.0+); where that is refused, the peak
 * counts from the JVM's start and {@link #rssSinceReset} says so.
 */
final class PeakMemory implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;
    private volatile boolean rssSinceReset;

    PeakMemory() {
        sampler = Thread.ofPlatform().daemon().name("peak-heap").start(this::sample);
    }

    void reset() {
        peakHeap.set(memory.getHeapMemoryUsage().getUsed());
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            rssSinceReset = true;
        } catch (IOException e) {
            rssSinceReset = false;
        }
    }

    long peakHeapBytes() {
        return Math.max(peakHeap.get(), memory.getHeapMemoryUsage().getUsed());
    }

    long peakRssBytes() {
        return statusKilobytes("VmHWM") * 1024;
    }

    boolean rssSinceReset() {
        return rssSinceReset;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long used = memory.getHeapMemoryUsage().getUsed();
            peakHeap.accumulateAndGet(used, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long statusKilobytes(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
