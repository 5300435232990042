package jp.tsunagu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak, run from an unpacked {@code keycloak-quarkus-dist} with {@code kc.sh start-dev}, bound to
 * loopback only. {@link #start} returns once Keycloak reports ready; {@link #close} stops the whole process tree.
 * Keycloak's output goes to {@code keycloak.log} in the work directory, never to our stdout.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 40;

    private final KeycloakServerConfig config;
    private final Process process;
    private final Path logFile;
    private final Duration startupTime;

    private KeycloakServer(KeycloakServerConfig config, Process process, Path logFile, Duration startupTime) {
        this.config = config;
        this.process = process;
        this.logFile = logFile;
        this.startupTime = startupTime;
    }

    /** Starts Keycloak and waits until its readiness check is UP, or fails with the tail of its log. */
    public static KeycloakServer start(KeycloakServerConfig config) {
        requireJava21();
        Path kcSh = config.home().resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new KeycloakStartException("no Keycloak distribution at " + config.home() + " (bin/kc.sh is missing)");
        }
        Instant begin = Instant.now();
        Path logFile = config.workDir().resolve("keycloak.log");
        Process process = launch(config, kcSh, logFile);
        try {
            awaitReady(config, process, logFile);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        return new KeycloakServer(config, process, logFile, Duration.between(begin, Instant.now()));
    }

    /** Where browsers and clients reach Keycloak, e.g. {@code http://127.0.0.1:8180}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + config.httpPort());
    }

    /** The management interface (health), e.g. {@code http://127.0.0.1:9000}. */
    public URI managementUrl() {
        return URI.create("http://127.0.0.1:" + config.managementPort());
    }

    public String adminUser() {
        return config.adminUser();
    }

    public String adminPassword() {
        return config.adminPassword();
    }

    /** How long {@link #start} took until Keycloak was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop(process);
    }

    private static Process launch(KeycloakServerConfig config, Path kcSh, Path logFile) {
        try {
            Files.createDirectories(config.workDir());
            ProcessBuilder builder = new ProcessBuilder(command(config, kcSh))
                    .directory(config.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            // Secrets go by environment, not on the command line where `ps` shows them.
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.adminUser());
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.adminPassword());
            config.database().ifPresent(db -> {
                env.put("KC_DB_USERNAME", db.user());
                env.put("KC_DB_PASSWORD", db.password());
            });
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + kcSh, e);
        }
    }

    private static List<String> command(KeycloakServerConfig config, Path kcSh) {
        List<String> command = new ArrayList<>(List.of(
                kcSh.toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + config.httpPort(),
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + config.managementPort(),
                // A single node: without this Keycloak opens JGroups ports on all interfaces.
                "--cache=local",
                "--health-enabled=true"));
        if (config.database().isPresent()) {
            command.add("--db=postgres");
            command.add("--db-url=" + config.database().get().jdbcUrl());
        } else {
            command.add("--db=dev-file");
            // Same options Keycloak adds to its default H2 URL; the file lives in our work directory.
            command.add("--db-url=jdbc:h2:file:" + config.devFileDirectory().resolve("keycloakdb")
                    + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0");
        }
        return command;
    }

    private static void awaitReady(KeycloakServerConfig config, Process process, Path logFile) {
        URI ready = URI.create("http://127.0.0.1:" + config.managementPort() + "/health/ready");
        Instant deadline = Instant.now().plus(config.startTimeout());
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new KeycloakStartException("Keycloak exited with status " + process.exitValue()
                            + " before it was ready; last lines of " + logFile + ":\n" + tail(logFile));
                }
                if (isUp(http, ready)) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new KeycloakStartException("Keycloak was not ready within " + config.startTimeout()
                            + "; last lines of " + logFile + ":\n" + tail(logFile));
                }
                sleep(POLL_INTERVAL);
            }
        }
    }

    private static boolean isUp(HttpClient http, URI ready) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakStartException("interrupted while waiting for Keycloak");
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        // kc.sh forwards TERM to the JVM, which shuts Keycloak down cleanly.
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void requireJava21() {
        if (Runtime.version().feature() < 21) {
            throw new KeycloakStartException("Keycloak is started with this JVM's home, which must be Java 21 or newer,"
                    + " was " + Runtime.version());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakStartException("interrupted while waiting for Keycloak");
        }
    }
}
