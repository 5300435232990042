package jp.tsunagu.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the demo keeps its data and which loopback ports it uses. Each can be changed on the command line,
 * e.g. {@code ./mvnw -Pdemo -Dtsunagu.http.port=9080 -Dtsunagu.data=/srv/tsunagu-demo}.
 */
record DemoSettings(Path dataDirectory, int httpPort, int postgresPort, int keycloakPort,
                    int keycloakManagementPort, Path war, Path microJar, Path keycloakHome) {

    static DemoSettings fromSystemProperties() {
        return new DemoSettings(
                Path.of(System.getProperty("tsunagu.data",
                        Path.of(System.getProperty("user.home"), ".tsunagu", "demo").toString())).toAbsolutePath(),
                port("tsunagu.http.port", 8080),
                port("tsunagu.postgres.port", 15432),
                port("tsunagu.keycloak.port", 8180),
                port("tsunagu.keycloak.management.port", 9180),
                existing("tsunagu.demo.war"),
                existing("tsunagu.demo.micro-jar"),
                Path.of(required("tsunagu.demo.keycloak-home")));
    }

    private static int port(String property, int defaultPort) {
        String value = System.getProperty(property, Integer.toString(defaultPort));
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(property + " is not a port number: " + value);
    }

    private static Path existing(String property) {
        Path path = Path.of(required(property));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " names no file: " + path + " (start the demo with ./mvnw -Pdemo)");
        }
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: start the demo with ./mvnw -Pdemo");
        }
        return value;
    }
}
