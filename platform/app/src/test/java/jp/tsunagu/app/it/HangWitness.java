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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.tsunagu.app.arquillian.SuiteWideMicro;

/**
 * Writes down what the server and its database were doing when a request of a test has had no answer for a while:
 * the thread dump of the run's Payara Micro and PostgreSQL's sessions with their waits. A request that hangs on the
 * CI machine then fails with its cause in the test output, not only with a timeout; the gist of it (sessions, heap,
 * threads in the application's code) goes into the failure itself. Nothing is printed for requests that are answered
 * in time. Prints the method and path only, never a header or a body.
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
        return new Watch(WATCH.schedule(() -> report(method, path), PATIENCE.toSeconds(), TimeUnit.SECONDS));
    }

    /** One request's watch: closed when the answer came, asked for its findings when none came. */
    static final class Watch implements AutoCloseable {

        private final ScheduledFuture<String> report;

        private Watch(ScheduledFuture<String> report) {
            this.report = report;
        }

        /**
         * What the report found, in short: the database sessions, the server's heap and the threads in the
         * application's code. For the failure of a request that got no answer at all, as a CI summary may keep the
         * failure and cut the test's output.
         */
        String findings() {
            try {
                return report.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                return "(the hang witness has no report: " + e.getClass().getSimpleName() + ")\n";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "(interrupted while waiting for the hang witness)\n";
            }
        }

        @Override
        public void close() {
            report.cancel(false);
        }
    }

    private static String report(String method, String path) {
        String sessions = databaseSessions();
        String heap = serverCommand("GC.heap_info");
        String threads = serverCommand("Thread.print");
        System.out.println("\n=== HANG WITNESS: no answer to " + method + ' ' + path + " after " + PATIENCE.toSeconds()
                + " s ===\n" + sessions + heap + threads + "=== END HANG WITNESS ===\n");
        return sessions + heap + "--- Payara Micro threads in the application's code or blocked ---\n"
                + ThreadDumpDigest.of(threads);
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

    /** The output of a diagnostic command ({@code jcmd}) run in the suite's Payara Micro. */
    private static String serverCommand(String command) {
        return SuiteWideMicro.pid().map(pid -> jcmd(pid, command)).orElse("(Payara Micro is not running)\n");
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return "--- Payara Micro " + command + " (pid " + pid + ") ---\n" + output;
        } catch (IOException e) {
            return "(no " + command + ": " + e.getMessage() + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(" + command + " interrupted)\n";
        }
    }
}
