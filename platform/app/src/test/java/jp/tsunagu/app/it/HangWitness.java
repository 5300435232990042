package jp.tsunagu.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jp.tsunagu.app.arquillian.SuiteWideMicro;

/**
 * Writes down what the server and its database were doing when a request of a test has had no answer for a while:
 * the thread dump of the run's Payara Micro and PostgreSQL's sessions with their waits. A request that hangs on the
 * CI machine then fails with its cause in the test output, not only with a timeout. Nothing is printed for requests
 * that are answered in time. Prints the method and path only, never a header or a body.
 */
final class HangWitness {

    // tsunagu.it.hang-witness-seconds=0 shows what a report looks like, on every request.
    static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("tsunagu.it.hang-witness-seconds", 20));

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "hang-witness");
        thread.setDaemon(true);
        return thread;
    });

    private HangWitness() {
    }

    /** Starts watching a request; closing the watch before {@link #PATIENCE} has passed prints nothing. */
    static Watch watch(String method, String path) {
        ScheduledFuture<?> report = WATCH.schedule(() -> report(method, path), PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return () -> report.cancel(false);
    }

    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    private static void report(String method, String path) {
        StringBuilder out = new StringBuilder("\n=== HANG WITNESS: no answer to ").append(method).append(' ').append(path)
                .append(" after ").append(PATIENCE.toSeconds()).append(" s ===\n");
        out.append(databaseSessions());
        out.append(serverThreads());
        out.append("=== END HANG WITNESS ===\n");
        System.out.println(out);
    }

    private static String databaseSessions() {
        StringBuilder out = new StringBuilder("--- PostgreSQL sessions of the application ---\n");
        try (Connection db = Platform.openDatabase(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT pid, state, wait_event_type, wait_event,"
                     + " pg_blocking_pids(pid), extract(epoch FROM now() - xact_start)::int,"
                     + " extract(epoch FROM now() - query_start)::int, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)"
                     + " FROM pg_stat_activity WHERE datname = 'tsunagu' AND pid <> pg_backend_pid() ORDER BY xact_start")) {
            while (rows.next()) {
                out.append(String.format("pid %s %s, waits for %s/%s, blocked by %s, transaction %s s, statement %s s: %s%n",
                        rows.getInt(1), rows.getString(2), shown(rows, 3), shown(rows, 4), rows.getString(5),
                        shown(rows, 6), shown(rows, 7), rows.getString(8)));
            }
        } catch (SQLException e) {
            out.append("(could not read pg_stat_activity: SQL state ").append(e.getSQLState()).append(")\n");
        }
        return out.toString();
    }

    private static String shown(ResultSet rows, int column) throws SQLException {
        return Objects.toString(rows.getString(column), "-");
    }

    private static String serverThreads() {
        return SuiteWideMicro.pid().map(HangWitness::threadDump).orElse("(Payara Micro is not running)\n");
    }

    private static String threadDump(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).start();
            String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return "--- Payara Micro threads (pid " + pid + ") ---\n" + dump;
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(thread dump interrupted)\n";
        }
    }
}
