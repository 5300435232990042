package jp.tsunagu.demo;

import jp.tsunagu.stack.Database;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PayaraMicroSettings;
import jp.tsunagu.stack.PostgresServer;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Pdemo}: runs Tsunagu on this machine with its data kept under {@code ~/.tsunagu/demo}
 * (PostgreSQL, then Keycloak, then the application on Payara Micro), seeds a demo tenant, prints where
 * everything is, and stops it all on Ctrl-C. Everything listens on 127.0.0.1 only.
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        DemoSettings settings = DemoSettings.fromSystemProperties();
        StartedServers servers = StartedServers.stoppedOnShutdown();

        PostgresServer postgres = servers.add(
                PostgresServer.start(settings.postgresPort(), settings.dataDirectory().resolve("postgres")));
        postgres.ensure(Database.KEYCLOAK);

        URI keycloak = URI.create("http://127.0.0.1:" + settings.keycloakPort() + "/");
        // TODO(merge): start Keycloak here once jp.tsunagu.stack.KeycloakServer lands, with its home
        // settings.keycloakHome(), ports settings.keycloakPort() / settings.keycloakManagementPort(), and its
        // data in PostgreSQL (postgres.jdbcUrl(Database.KEYCLOAK), user and password from Database.KEYCLOAK)
        // so that realms survive a restart; add it to `servers` and take the admin credentials from it.

        PayaraMicroServer application = servers.add(PayaraMicroServer.start(
                PayaraMicroSettings.of(settings.microJar(), settings.war(), settings.httpPort(),
                                settings.dataDirectory().resolve("micro"))
                        .withEnvironment(applicationConfiguration(settings, postgres, keycloak))));

        List<DemoAccount> accounts = new DemoSeeder().seed(application.baseUri(), keycloak);
        printWelcome(settings, postgres, application, accounts);
        new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops the servers
    }

    /** MicroProfile Config for the application, as environment variables (docs/architecture.md). */
    private static Map<String, String> applicationConfiguration(DemoSettings settings, PostgresServer postgres,
                                                                URI keycloak) {
        String keycloakUrl = keycloak.toString().replaceAll("/$", "");
        return Map.of(
                "TSUNAGU_DB_URL", postgres.jdbcUrl(Database.TSUNAGU),
                "TSUNAGU_DB_USER", Database.TSUNAGU.owner(),
                "TSUNAGU_DB_PASSWORD", Database.TSUNAGU.password(),
                "TSUNAGU_KEYCLOAK_URL", keycloakUrl,
                // TODO(merge): take the bootstrap admin from KeycloakServer instead of assuming it.
                "TSUNAGU_KEYCLOAK_ADMIN_USER", "admin",
                "TSUNAGU_KEYCLOAK_ADMIN_PASSWORD", "admin",
                "TSUNAGU_PUBLIC_URL", "http://127.0.0.1:" + settings.httpPort());
    }

    private static void printWelcome(DemoSettings settings, PostgresServer postgres, PayaraMicroServer application,
                                     List<DemoAccount> accounts) {
        URI app = application.baseUri();
        StringBuilder text = new StringBuilder()
                .append("\n==================== Tsunagu つなぐ demo is running ====================\n")
                .append("  Application  ").append(app).append('\n')
                .append("  Health       ").append(app.resolve("health")).append('\n')
                .append("  OpenAPI      ").append(app.resolve("openapi")).append('\n')
                .append("  Metrics      ").append(app.resolve("metrics")).append('\n')
                .append("  Keycloak     not started yet (KeycloakServer is being integrated)\n")
                .append("  PostgreSQL   ").append(postgres.jdbcUrl(Database.TSUNAGU))
                .append(" (user ").append(Database.TSUNAGU.owner()).append(")\n")
                .append("  Data         ").append(settings.dataDirectory()).append('\n')
                .append("  Logs         ").append(application.logFile()).append('\n')
                .append("               ").append(postgres.logFile()).append('\n');
        if (accounts.isEmpty()) {
            text.append("  Accounts     none yet: demo seeding comes with the onboarding API\n");
        } else {
            text.append("  Accounts (demo only; add the TOTP secret to an authenticator app):\n");
            accounts.forEach(account -> text.append("    ").append(account.grantedFor()).append("  ")
                    .append(account.realm()).append(" / ").append(account.username())
                    .append(" / ").append(account.password()).append("  TOTP ").append(account.totpSecret()).append('\n'));
        }
        text.append("  Started in   PostgreSQL ").append(postgres.startupTime().toMillis()).append(" ms, Payara Micro ")
                .append(application.startupTime().toMillis()).append(" ms\n")
                .append("  Press Ctrl-C to stop everything.\n")
                .append("=======================================================================\n");
        System.out.println(text);
    }
}
