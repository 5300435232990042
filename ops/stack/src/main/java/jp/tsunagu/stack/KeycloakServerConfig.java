package jp.tsunagu.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one Keycloak: where it is unpacked, where it may write, its loopback ports, its bootstrap admin and
 * its database. Without a PostgreSQL database Keycloak keeps its data in an H2 file under {@code workDir}, so the
 * unpacked distribution can be shared and thrown away.
 */
public record KeycloakServerConfig(
        Path home,
        Path workDir,
        int httpPort,
        int managementPort,
        String adminUser,
        String adminPassword,
        Optional<KeycloakDatabase> database,
        Duration startTimeout) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(4);

    public KeycloakServerConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workDir, "workDir");
        requirePort(httpPort, "httpPort");
        requirePort(managementPort, "managementPort");
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("the HTTP and management ports must differ");
        }
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(startTimeout, "startTimeout");
    }

    /** A Keycloak with its data in a file under {@code workDir}, bootstrap admin admin/admin. */
    public static KeycloakServerConfig devFile(Path home, Path workDir, int httpPort, int managementPort) {
        return new KeycloakServerConfig(home, workDir, httpPort, managementPort, "admin", "admin",
                Optional.empty(), DEFAULT_START_TIMEOUT);
    }

    public KeycloakServerConfig withAdmin(String user, String password) {
        return new KeycloakServerConfig(home, workDir, httpPort, managementPort, user, password, database, startTimeout);
    }

    /**
     * Keep Keycloak's data in PostgreSQL. The database kind is a build option of Keycloak: the first start after a
     * switch between dev-file and PostgreSQL rebuilds the distribution in {@code home} (20-70 s here), so give each
     * kind its own unpacked home.
     */
    public KeycloakServerConfig withPostgres(KeycloakDatabase postgres) {
        return new KeycloakServerConfig(home, workDir, httpPort, managementPort, adminUser, adminPassword,
                Optional.of(postgres), startTimeout);
    }

    public KeycloakServerConfig withStartTimeout(Duration timeout) {
        return new KeycloakServerConfig(home, workDir, httpPort, managementPort, adminUser, adminPassword, database, timeout);
    }

    /** Where the H2 file database lives when no PostgreSQL database is given. */
    public Path devFileDirectory() {
        return workDir.resolve("h2");
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a TCP port, was " + port);
        }
    }

    @Override
    public String toString() {
        return "KeycloakServerConfig[home=" + home + ", workDir=" + workDir + ", httpPort=" + httpPort
                + ", managementPort=" + managementPort + ", database=" + database.map(Object::toString).orElse("dev-file")
                + "]";
    }
}
