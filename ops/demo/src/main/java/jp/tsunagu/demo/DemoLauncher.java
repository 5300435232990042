package jp.tsunagu.demo;

import jp.tsunagu.stack.Database;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PayaraMicroSettings;
import jp.tsunagu.stack.KeycloakDatabase;
import jp.tsunagu.stack.KeycloakServer;
import jp.tsunagu.stack.KeycloakServerConfig;
import jp.tsunagu.stack.PostgresServer;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;

import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
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

        // Keycloak keeps its realms in the demo's PostgreSQL, so they survive a restart like the application's data.
        KeycloakServer keycloakServer = servers.add(KeycloakServer.start(KeycloakServerConfig
                .devFile(settings.keycloakHome(), settings.dataDirectory().resolve("keycloak"), settings.keycloakPort(),
                        settings.keycloakManagementPort())
                .withPostgres(new KeycloakDatabase(postgres.jdbcUrl(Database.KEYCLOAK), Database.KEYCLOAK.owner(),
                        Database.KEYCLOAK.password()))));
        URI keycloak = keycloakServer.baseUrl();

        PayaraMicroServer application = servers.add(PayaraMicroServer.start(
                PayaraMicroSettings.of(settings.microJar(), settings.war(), settings.httpPort(),
                                settings.dataDirectory().resolve("micro"))
                        .withEnvironment(applicationConfiguration(settings, postgres, keycloakServer))));

        Client client = ClientBuilder.newClient();
        KeycloakAdmin admin = new KeycloakAdmin(keycloak, new AdminCredentials.BootstrapAdmin(
                keycloakServer.adminUser(), keycloakServer.adminPassword()), client);
        List<DemoAccount> accounts = new DemoSeeder(application.baseUri(), keycloak, admin,
                new DemoSecrets(settings.dataDirectory().resolve(DemoCodes.SECRETS_FILE))).seed();
        printWelcome(settings, postgres, keycloakServer, application, accounts);
        new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops the servers
    }

    /** MicroProfile Config for the application, as environment variables (docs/architecture.md). */
    private static Map<String, String> applicationConfiguration(DemoSettings settings, PostgresServer postgres,
                                                                KeycloakServer keycloak) {
        String keycloakUrl = keycloak.baseUrl().toString().replaceAll("/$", "");
        return Map.of(
                "TSUNAGU_DB_URL", postgres.jdbcUrl(Database.TSUNAGU),
                "TSUNAGU_DB_USER", Database.TSUNAGU.owner(),
                "TSUNAGU_DB_PASSWORD", Database.TSUNAGU.password(),
                "TSUNAGU_KEYCLOAK_URL", keycloakUrl,
                "TSUNAGU_KEYCLOAK_ADMIN_USER", keycloak.adminUser(),
                "TSUNAGU_KEYCLOAK_ADMIN_PASSWORD", keycloak.adminPassword(),
                "TSUNAGU_PUBLIC_URL", "http://127.0.0.1:" + settings.httpPort());
    }

    private static void printWelcome(DemoSettings settings, PostgresServer postgres, KeycloakServer keycloak,
                                     PayaraMicroServer application, List<DemoAccount> accounts) {
        URI app = application.baseUri();
        StringBuilder text = new StringBuilder()
                .append("\n==================== Tsunagu つなぐ demo is running ====================\n")
                .append("  Application  ").append(app).append('\n')
                .append("  Health       ").append(app.resolve("health")).append('\n')
                .append("  OpenAPI      ").append(app.resolve("openapi")).append('\n')
                .append("  Metrics      ").append(app.resolve("metrics")).append('\n')
                .append("  Keycloak     ").append(keycloak.baseUrl()).append(" (admin console: ")
                .append(keycloak.adminUser()).append(" / ").append(keycloak.adminPassword()).append(")\n")
                .append("  PostgreSQL   ").append(postgres.jdbcUrl(Database.TSUNAGU))
                .append(" (user ").append(Database.TSUNAGU.owner()).append(")\n")
                .append("  Data         ").append(settings.dataDirectory()).append('\n')
                .append("  Logs         ").append(application.logFile()).append('\n')
                .append("               ").append(postgres.logFile()).append('\n');
        text.append("  Demo accounts (invented; log in at ").append(keycloak.baseUrl())
                .append("realms/<realm>/account with password + TOTP code):\n");
        accounts.forEach(account -> text.append("    ").append(account.grantedFor()).append('\n')
                .append("      realm ").append(account.realm()).append("  user ").append(account.username())
                .append("  password ").append(account.password()).append('\n')
                .append("      TOTP secret (Base32, for an authenticator app) ").append(account.base32Secret()).append('\n')
                .append("      ").append(account.otpauthUri()).append('\n'));
        text.append("  Current TOTP codes: ./mvnw -q -pl ops/demo exec:java -Dexec.mainClass=jp.tsunagu.demo.DemoCodes\n")
                .append("  Secrets are kept in ").append(settings.dataDirectory().resolve(DemoCodes.SECRETS_FILE)).append('\n');
        text.append("  Started in   PostgreSQL ").append(postgres.startupTime().toMillis()).append(" ms, Keycloak ")
                .append(keycloak.startupTime().toMillis()).append(" ms, Payara Micro ")
                .append(application.startupTime().toMillis()).append(" ms\n")
                .append("  Press Ctrl-C to stop everything.\n")
                .append("=======================================================================\n");
        System.out.println(text);
    }
}
