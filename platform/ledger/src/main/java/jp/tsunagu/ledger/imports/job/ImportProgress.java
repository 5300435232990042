package jp.tsunagu.ledger.imports.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live progress of one import, written by the job's thread and read by anyone (a REST poll, a metric). The ETA
 * comes from the share of bytes read, which is known from the start, unlike the number of rows.
 */
public final class ImportProgress {

    private final AtomicReference<ImportPhase> phase = new AtomicReference<>(ImportPhase.QUEUED);
    private final AtomicLong rowsDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile long bytesTotal;
    private volatile Instant startedAt;

    void start(Instant at, long totalBytes) {
        this.startedAt = at;
        this.bytesTotal = totalBytes;
        phase.set(ImportPhase.IMPORTING);
    }

    void phase(ImportPhase next) {
        phase.set(next);
    }

    void advance(long rows, long bytesRead) {
        rowsDone.addAndGet(rows);
        bytesDone.set(bytesRead);
    }

    public ImportPhase phase() {
        return phase.get();
    }

    public ProgressSnapshot snapshot(Instant now) {
        long rows = rowsDone.get();
        Instant started = startedAt;
        if (started == null) {
            return new ProgressSnapshot(phase.get(), rows, 0, 0, Optional.empty());
        }
        double seconds = Math.max(Duration.between(started, now).toMillis(), 1) / 1000.0;
        double fraction = bytesTotal == 0 ? 0 : Math.min(1.0, (double) bytesDone.get() / bytesTotal);
        Optional<Duration> eta = fraction <= 0 || phase.get().isFinal() ? Optional.empty()
                : Optional.of(Duration.ofMillis((long) (seconds * (1 - fraction) / fraction * 1000)));
        return new ProgressSnapshot(phase.get(), rows, rows / seconds, phase.get() == ImportPhase.COMPLETED ? 1.0 : fraction, eta);
    }
}
