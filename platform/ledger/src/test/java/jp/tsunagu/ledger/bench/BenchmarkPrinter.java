package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jp.tsunagu.linkage.bench.PairwiseMetrics;

/** Prints the benchmark's figures: counts, times and rates only, never a value from the records. */
final class BenchmarkPrinter {

    private static final double TARGET_SECONDS = 120;
    private static final double TARGET_COPY_RATIO = 3;

    private final PrintStream out;

    BenchmarkPrinter(PrintStream out) {
        this.out = out;
    }

    void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
        out.flush();
    }

    void machine(String postgresVersion) {
        Runtime runtime = Runtime.getRuntime();
        line("machine: %d cores, load average %s, Java %s, max heap %,d MB, PostgreSQL %s %s", runtime.availableProcessors(),
                loadAverage(), Runtime.version(), runtime.maxMemory() >> 20, postgresVersion, BenchmarkPostgres.SETTINGS);
    }

    void files(SyntheticFiles files) throws IOException {
        line("files: existing %,d records (%,.1f MB), incoming %,d records (%,.1f MB), from the linkage generator",
                files.existingRows(), Files.size(files.existing()) / 1e6, files.incomingRows(), Files.size(files.incoming()) / 1e6);
    }

    void run(String title, LedgerRun.Figures run) {
        var imported = run.imported();
        var linked = run.linked();
        line("%s:", title);
        phase("  import", imported.rowsRead(), run.importTime());
        line("           stored %,d, duplicate %,d, rejected %,d", imported.rowsAccepted(), imported.rowsDuplicate(),
                imported.rowsRejected());
        phase("  link", linked.total(), run.linkTime());
        line("           linked %,d, new persons %,d, for review %,d", linked.linked(), linked.created(), linked.forReview());
        phase("  combined", imported.rowsRead(), run.combined());
        line("  load average after: %s", loadAverage());
    }

    void copyBaseline(long rows, CpuReading.Interval time) {
        phase("COPY of the same file into a plain table", rows, time);
    }

    void targets(LedgerRun.Figures measured, CpuReading.Interval copy) {
        double seconds = measured.combined().seconds();
        double ratio = seconds / copy.seconds();
        line("targets: import + link %.1f s against < %.0f s: %s; %.1f x COPY against <= %.0f x: %s", seconds, TARGET_SECONDS,
                verdict(seconds, TARGET_SECONDS), ratio, TARGET_COPY_RATIO, verdict(ratio, TARGET_COPY_RATIO));
    }

    void ledger(long records, long persons) {
        line("ledger: %,d records, %,d persons", records, persons);
    }

    void memory(PeakMemory memory) {
        line("memory during the measured import + link: peak heap used %,d MB, peak RSS %,d MB%s",
                memory.peakHeapBytes() >> 20, memory.peakRssBytes() >> 20,
                memory.rssSinceReset() ? "" : " (RSS peak since the JVM started: clear_refs refused)");
    }

    void quality(LinkageQuality quality) {
        metrics("quality, second run (pairs with an incoming record)", quality.withIncoming());
        metrics("quality, setup (pairs among existing records)", quality.existingOnly());
        metrics("quality, whole ledger", quality.all());
        line("  records not in the ledger (rejected at import): %,d", quality.notInLedger());
    }

    void search(PersonSearchProbe probe, SearchLatency latency) {
        line("person search (%s): %,d searches, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.2f persons found on average",
                probe.description(), latency.searches(), latency.p50Millis(), latency.p99Millis(), latency.maxMillis(),
                latency.meanHits());
    }

    private void metrics(String title, PairwiseMetrics m) {
        line("%s: precision %.4f, recall %.4f, F1 %.4f (true pairs %,d, predicted %,d, correct %,d)", title, m.precision(),
                m.recall(), m.f1(), m.truePairs(), m.predictedPairs(), m.correctPairs());
    }

    private void phase(String name, long rows, CpuReading.Interval time) {
        line("%-10s %,10d rows %8.1f s %,10.0f rows/s   CPU: JVM %.1f s, PostgreSQL %.1f s", name, rows, time.seconds(),
                rows / time.seconds(), time.jvmCpuSeconds(), time.postgresCpuSeconds());
    }

    private static String verdict(double value, double target) {
        return value <= target ? "met" : String.format(Locale.ROOT, "missed by %.1f x", value / target);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
