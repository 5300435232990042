package jp.tsunagu.backup;

import java.time.Duration;

/** Told as each table is written or loaded (its name and row count, never its content) and as each step ends. */
@FunctionalInterface
public interface BackupProgress {

    BackupProgress NONE = (table, rows) -> { };

    void tableDone(String table, long rows);

    /** A step of a restore ended: where the time goes when a restore must fit a recovery-time objective. */
    default void stepDone(String step, Duration took) {
    }
}
