package jp.tsunagu.ledger.imports.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jp.tsunagu.ledger.imports.job.ProgressSnapshot;
import jp.tsunagu.ledger.imports.job.StoredBatch;

/**
 * How far an import is: rows done (committed), rows per second, share of the file read, time left. {@code live} when
 * the job runs on this node and reports itself; otherwise as of the batch's last checkpoint ({@code asOf}), which is
 * what any node can read, with the time left counted down since then.
 */
public record ImportProgressReading(long rowsDone, double rowsPerSecond, double fractionDone, Optional<Duration> eta,
                                    boolean live, Optional<Instant> asOf) {

    static ImportProgressReading live(StoredBatch batch, ProgressSnapshot job) {
        return new ImportProgressReading(batch.counts().read(), job.rowsPerSecond(), job.fractionDone(), job.eta(), true,
                batch.checkpoint().at());
    }

    static ImportProgressReading stored(StoredBatch batch, BatchPhase phase, Instant now) {
        StoredBatch.Checkpoint checkpoint = batch.checkpoint();
        double fraction = batch.isImported() ? 1.0
                : batch.byteSize() == 0 ? 0 : Math.min(1.0, (double) checkpoint.bytesRead() / batch.byteSize());
        Optional<Duration> eta = phase != BatchPhase.IMPORTING ? Optional.empty()
                : checkpoint.eta().map(left -> left.minus(Duration.between(checkpoint.at().orElse(now), now)))
                        .map(left -> left.isNegative() ? Duration.ZERO : left);
        return new ImportProgressReading(batch.counts().read(), checkpoint.rowsPerSecond().orElse(0.0), fraction, eta,
                false, checkpoint.at());
    }
}
