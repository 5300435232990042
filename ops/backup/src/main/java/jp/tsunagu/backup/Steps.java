package jp.tsunagu.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

/** Runs a step of a restore and tells the progress how long it took. */
final class Steps {

    @FunctionalInterface
    interface Step {
        void run() throws SQLException, IOException;
    }

    private Steps() {
    }

    static void timed(BackupProgress progress, String name, Step step) throws SQLException, IOException {
        long start = System.nanoTime();
        step.run();
        progress.stepDone(name, Duration.ofNanos(System.nanoTime() - start));
    }
}
