package jp.tsunagu.stack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops a PostgreSQL server left running on a data directory by a launcher that died without stopping it
 * (killed, crashed). Without this the next start fails because the old server still holds the directory and
 * the port. A server whose launcher is still alive (it holds the directory's lock) is never touched.
 */
final class StalePostmaster {

    private static final System.Logger LOG = System.getLogger(StalePostmaster.class.getName());
    /** The lock file the zonky launcher holds while it owns a data directory. */
    private static final String LAUNCHER_LOCK = "epg-lock";

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        Path lockFile = dataDirectory.resolve(LAUNCHER_LOCK);
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
             FileLock lock = out.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            stop(postmaster.get());
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        // The pid may have been reused since: only a live postgres process counts.
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        LOG.log(Level.WARNING, "Stopping PostgreSQL (pid {0}) left running by an earlier launcher", postmaster.pid());
        // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients that may be gone for good.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the stale PostgreSQL server", e);
        } catch (Exception e) {
            throw new IOException("could not stop the stale PostgreSQL server, pid " + postmaster.pid(), e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("PostgreSQL data directory " + dataDirectory
                + " is in use by another running launcher; stop that one first");
    }
}
