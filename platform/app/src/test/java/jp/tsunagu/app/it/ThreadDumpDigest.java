package jp.tsunagu.app.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a JVM thread dump ({@code jcmd <pid> Thread.print}) that says why a request waits: the threads running
 * the application's own code, and any thread blocked on a monitor, each with its state and its top frames. Short
 * enough for a test's failure message, which a CI summary keeps when it cuts the rest of the output.
 */
final class ThreadDumpDigest {

    static final int MAX_THREADS = 8;
    /** Frames from the top of a stack: what the thread does or waits for. */
    static final int TOP_FRAMES = 5;
    /** Frames of the application's code further down: what it does that for. */
    static final int APPLICATION_FRAMES = 4;

    private ThreadDumpDigest() {
    }

    static String of(String dump) {
        List<String> requests = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String block : dump.split("\\R\\s*\\R")) {
            String trimmed = block.strip();
            if (trimmed.startsWith("\"") && (trimmed.contains("jp.tsunagu.") || trimmed.contains("State: BLOCKED"))) {
                (trimmed.startsWith("\"http-thread-pool") ? requests : others).add(trimmed);
            }
        }
        // The threads serving requests first: one of them has the request that got no answer.
        List<String> kept = new ArrayList<>(requests);
        kept.addAll(others);
        StringBuilder out = new StringBuilder();
        kept.stream().limit(MAX_THREADS).forEach(thread -> out.append(shortened(thread)).append('\n'));
        if (kept.size() > MAX_THREADS) {
            out.append("(").append(kept.size() - MAX_THREADS).append(" more threads in the application's code)\n");
        }
        return out.isEmpty() ? "(no thread runs the application's code or is blocked)\n" : out.toString();
    }

    // The name and state; the top frames with their lock lines; then the application's frames below them.
    private static String shortened(String block) {
        List<String> lines = block.lines().map(String::strip).toList();
        String header = lines.getFirst();
        StringBuilder out = new StringBuilder(header.substring(0, header.indexOf('"', 1) + 1));
        int top = 0;
        int application = 0;
        boolean skipped = false;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("java.lang.Thread.State:")) {
                out.append(' ').append(line.substring("java.lang.Thread.State:".length()).strip());
            } else if (line.startsWith("at ") || line.startsWith("- ")) {
                boolean frame = line.startsWith("at ");
                if (top < TOP_FRAMES) {
                    out.append("\n    ").append(line);
                    top += frame ? 1 : 0;
                } else if (frame && line.startsWith("at jp.tsunagu.") && application < APPLICATION_FRAMES) {
                    out.append(skipped ? "\n    ..." : "").append("\n    ").append(line);
                    application++;
                    skipped = false;
                } else {
                    skipped = true;
                }
            }
        }
        return out.toString();
    }
}
