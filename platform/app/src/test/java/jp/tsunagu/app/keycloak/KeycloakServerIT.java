package jp.tsunagu.app.keycloak;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import jp.tsunagu.stack.KeycloakServer;
import jp.tsunagu.stack.KeycloakServerConfig;
import jp.tsunagu.stack.KeycloakStartException;
import org.junit.jupiter.api.Test;

/** When Keycloak cannot start, the launcher says so with Keycloak's own last words, and leaves nothing running. */
class KeycloakServerIT {

    @Test
    void aKeycloakThatDiesAtStartIsReportedWithTheTailOfItsLog() throws IOException {
        KeycloakTestSupport.keycloak(); // the shared one is up, so this home is built for dev-file already
        Path home = Path.of(System.getProperty("tsunagu.it.keycloak.home"));
        Path work = Path.of(System.getProperty("tsunagu.it.work")).resolve("keycloak-port-taken");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket management = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int managementPort = management.getLocalPort();
            management.close();
            KeycloakServerConfig config = KeycloakServerConfig.devFile(home, work, taken.getLocalPort(), managementPort)
                    .withStartTimeout(Duration.ofMinutes(3));

            KeycloakStartException e = assertThrows(KeycloakStartException.class, () -> KeycloakServer.start(config));

            assertTrue(e.getMessage().contains("exited"), e.getMessage());
            assertTrue(e.getMessage().contains("keycloak.log"), e.getMessage());
            assertTrue(e.getMessage().lines().count() > 3, "the message carries the end of Keycloak's log");
        }
    }

    @Test
    void aMissingDistributionIsReportedAtOnce() {
        KeycloakServerConfig config = KeycloakServerConfig.devFile(Path.of("/nonexistent/keycloak"),
                Path.of(System.getProperty("tsunagu.it.work")).resolve("keycloak-missing"), 1, 2);

        KeycloakStartException e = assertThrows(KeycloakStartException.class, () -> KeycloakServer.start(config));

        assertTrue(e.getMessage().contains("bin/kc.sh"), e.getMessage());
    }
}
