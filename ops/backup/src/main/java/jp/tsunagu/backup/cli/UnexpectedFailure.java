package jp.tsunagu.backup.cli;

import java.io.PrintStream;

/**
 * A bug's trace without the exceptions' messages: a driver's message can quote a row's values, and this output goes
 * to terminals and job logs. Classes and frames are enough to find the bug.
 */
final class UnexpectedFailure {

    private static final int FRAMES = 12;

    private UnexpectedFailure() {
    }

    static void print(Throwable failure, PrintStream err) {
        String prefix = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println(prefix + t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                err.println("\tat " + frames[i]);
            }
            prefix = "caused by ";
        }
    }
}
