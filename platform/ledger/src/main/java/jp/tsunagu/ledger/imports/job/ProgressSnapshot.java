package jp.tsunagu.ledger.imports.job;

import java.time.Duration;
import java.util.Optional;

/** Progress of an import at one moment: rows done, rows per second, share of the file read, time left if known. */
public record ProgressSnapshot(ImportPhase phase, long rowsDone, double rowsPerSecond, double fractionDone,
                               Optional<Duration> eta) {
}
