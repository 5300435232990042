package jp.tsunagu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one PostgreSQL server of an integration-test run, started on first use and stopped when the JVM exits.
 * It listens on the port the build reserved ({@code tsunagu.it.postgres.port}) and keeps its data under
 * {@code ${tsunagu.it.work}/postgres}, which it empties first: every run starts from the same state.
 */
public final class SharedPostgres {

    private static PostgresServer server;

    private SharedPostgres() {
    }

    public static synchronized PostgresServer get() {
        if (server == null) {
            server = startEmpty(Integer.parseInt(required("tsunagu.it.postgres.port")),
                    Path.of(required("tsunagu.it.work"), "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shared-postgres-stop"));
        }
        return server;
    }

    private static PostgresServer startEmpty(int port, Path dataDirectory) {
        try {
            StalePostmaster.stopIfOrphaned(dataDirectory);
            deleteRecursively(dataDirectory);
            // Thrown away after the run: commits need not wait for the disk.
            return PostgresServer.start(port, dataDirectory, PostgresServer.Commits.FAST);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the shared PostgreSQL server", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: integration tests get it from the failsafe configuration in platform/app/pom.xml");
        }
        return value;
    }
}
