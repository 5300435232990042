package jp.tsunagu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one Keycloak that all integration tests of a JVM share: started on first use, stopped by a shutdown hook.
 * Configured by the system properties the build passes to failsafe: {@code tsunagu.it.keycloak.home},
 * {@code tsunagu.it.keycloak.port}, {@code tsunagu.it.keycloak.management.port} and {@code tsunagu.it.work}.
 * Each run starts from an empty database, so no test sees what an earlier run left behind.
 */
public final class SharedKeycloak {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static KeycloakServer server;

    private SharedKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (server == null || !server.isRunning()) {
            KeycloakServerConfig config = configFromSystemProperties();
            deleteRecursively(config.devFileDirectory());
            server = KeycloakServer.start(config);
            KeycloakServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-keycloak-stop"));
            System.out.println("Shared Keycloak ready at " + started.baseUrl() + " after "
                    + started.startupTime().toMillis() + " ms (log: " + started.logFile() + ")");
        }
        return server;
    }

    static KeycloakServerConfig configFromSystemProperties() {
        Path home = Path.of(required("tsunagu.it.keycloak.home"));
        Path work = Path.of(required("tsunagu.it.work")).resolve("keycloak-work");
        int port = Integer.parseInt(required("tsunagu.it.keycloak.port"));
        int managementPort = Integer.parseInt(required("tsunagu.it.keycloak.management.port"));
        return KeycloakServerConfig.devFile(home, work, port, managementPort).withAdmin(ADMIN_USER, ADMIN_PASSWORD);
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + key + " is not set; run the test through failsafe"
                    + " (mvn verify) or pass -D" + key + "=...");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear Keycloak's test database at " + dir, e);
        }
    }
}
