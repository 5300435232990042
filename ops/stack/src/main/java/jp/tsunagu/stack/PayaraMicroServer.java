package jp.tsunagu.stack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process running the Tsunagu WAR, started by {@link #start} and ready when it returns: its
 * MicroProfile readiness check ({@code /health/ready}) answered 200. Everything Micro prints goes to
 * {@link #logFile()}. {@link #close()} stops it (SIGTERM, then SIGKILL after 30 seconds).
 */
public final class PayaraMicroServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PayaraMicroServer.class.getName());
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final Process process;
    private final URI baseUri;
    private final Path logFile;
    private final Instant launchedAt;
    private Instant readyAt;

    private PayaraMicroServer(Process process, URI baseUri, Path logFile, Instant launchedAt) {
        this.process = process;
        this.baseUri = baseUri;
        this.logFile = logFile;
        this.launchedAt = launchedAt;
    }

    public static PayaraMicroServer start(PayaraMicroSettings settings) throws IOException {
        LoopbackPort.requireFree(settings.httpPort(), "Payara Micro's HTTP listener");
        Path work = settings.workDirectory().toAbsolutePath();
        Files.createDirectories(work.resolve("tmp"));
        int memberPort = settings.hazelcastPort() != 0 ? settings.hazelcastPort() : LoopbackPort.free();
        Path preboot = Files.writeString(work.resolve("preboot-commands.txt"), settings.prebootCommands(memberPort));
        Path log = work.resolve("payara-micro.log");

        ProcessBuilder builder = new ProcessBuilder(settings.commandLine(preboot))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(settings.environment());
        URI baseUri = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");
        LOG.log(Level.INFO, "Starting Payara Micro on {0} (log: {1})", baseUri, log);

        PayaraMicroServer server = new PayaraMicroServer(builder.start(), baseUri, log, Instant.now());
        try {
            server.awaitReady(settings.startupTimeout());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.log(Level.INFO, "Payara Micro ready on {0} in {1} ms (pid {2})",
                baseUri, server.startupTime().toMillis(), Long.toString(server.pid()));
        return server;
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = launchedAt.plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IOException("Payara Micro exited with code " + process.exitValue() + " while booting."
                            + logTail());
                }
                if (answersOk(http, ready)) {
                    readyAt = Instant.now();
                    return;
                }
                Thread.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Payara Micro to boot");
        }
        throw new IOException("Payara Micro was not ready within " + timeout.toSeconds() + " s." + logTail());
    }

    private static boolean answersOk(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet, or resetting connections while it deploys: ask again
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return " Last lines of " + logFile + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException e) {
            return " See " + logFile + ".";
        }
    }

    /** {@code http://127.0.0.1:<port>/}, where the WAR is deployed. */
    public URI baseUri() {
        return baseUri;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public Instant readyAt() {
        return readyAt;
    }

    /** From launching the JVM to the first successful readiness check. */
    public Duration startupTime() {
        return Duration.between(launchedAt, readyAt);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills Micro as a crash would: SIGKILL on Linux ({@link Process#destroyForcibly()}), no shutdown hook, no undeploy;
     * its sockets are closed by the kernel. Returns when the process is gone.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops Micro and anything it started; closing twice does nothing. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Payara Micro (pid {0}) did not stop within {1} s; killing it",
                        Long.toString(pid()), GRACEFUL_STOP.toSeconds());
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
