package jp.tsunagu.ledger.dropbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells which files of a scan are complete: a file is taken only when a scan sees it with the same size and
 * modification time as the scan before, and unchanged for at least {@code settle}. A file still being written (it
 * grows, or was touched just now) waits for a later scan. Files gone since are forgotten.
 */
public final class SettledFiles {

    /** What a scan saw of one file. */
    public record Seen(Path path, long size, Instant modified) {
    }

    private final Duration settle;
    private final Map<Path, Seen> previous = new HashMap<>();

    public SettledFiles(Duration settle) {
        this.settle = Objects.requireNonNull(settle);
    }

    /** The files of this scan that are complete, in the order given; remembers the scan for the next one. */
    public synchronized List<Path> settled(List<Seen> scan, Instant now) {
        Map<Path, Seen> before = new HashMap<>(previous);
        previous.clear();
        scan.forEach(seen -> previous.put(seen.path(), seen));
        return scan.stream()
                .filter(seen -> seen.equals(before.get(seen.path())))
                .filter(seen -> !seen.modified().plus(settle).isAfter(now))
                .map(Seen::path)
                .toList();
    }

    /** Forgets a file taken (moved away), so a new file of the same name starts over. */
    public synchronized void taken(Path path) {
        previous.remove(path);
    }
}
