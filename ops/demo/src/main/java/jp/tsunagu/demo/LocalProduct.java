package jp.tsunagu.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.client.ClientBuilder;

import jp.tsunagu.provisioning.keycloak.AdminCredentials;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.stack.Database;
import jp.tsunagu.stack.KeycloakDatabase;
import jp.tsunagu.stack.KeycloakServer;
import jp.tsunagu.stack.KeycloakServerConfig;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PayaraMicroSettings;
import jp.tsunagu.stack.PostgresServer;

/**
 * The whole product on this machine, on loopback: PostgreSQL, Keycloak (its realms kept in that PostgreSQL) and
 * the application on Payara Micro, configured as production would configure it, through the environment.
 */
record LocalProduct(PostgresServer postgres, KeycloakServer keycloak, PayaraMicroServer application,
                    KeycloakAdmin keycloakAdmin) {

    static LocalProduct start(DemoSettings settings, StartedServers servers) throws IOException {
        PostgresServer postgres = servers.add(
                PostgresServer.start(settings.postgresPort(), settings.dataDirectory().resolve("postgres")));
        postgres.ensure(Database.KEYCLOAK);
        KeycloakServer keycloak = servers.add(KeycloakServer.start(KeycloakServerConfig
                .devFile(settings.keycloakHome(), settings.dataDirectory().resolve("keycloak"), settings.keycloakPort(),
                        settings.keycloakManagementPort())
                .withPostgres(new KeycloakDatabase(postgres.jdbcUrl(Database.KEYCLOAK), Database.KEYCLOAK.owner(),
                        Database.KEYCLOAK.password()))
                .withStartTimeout(startTimeout(KeycloakServerConfig.DEFAULT_START_TIMEOUT))));
        PayaraMicroSettings micro = PayaraMicroSettings.of(settings.microJar(), settings.war(), settings.httpPort(),
                settings.dataDirectory().resolve("micro")).withEnvironment(configuration(settings, postgres, keycloak));
        PayaraMicroServer application = servers.add(PayaraMicroServer.start(
                micro.withStartupTimeout(startTimeout(micro.startupTimeout()))));
        KeycloakAdmin admin = new KeycloakAdmin(keycloak.baseUrl(),
                new AdminCredentials.BootstrapAdmin(keycloak.adminUser(), keycloak.adminPassword()),
                ClientBuilder.newClient());
        return new LocalProduct(postgres, keycloak, application, admin);
    }

    /** {@code -Dtsunagu.startup-minutes=N} gives each server longer to start on a loaded machine. */
    private static java.time.Duration startTimeout(java.time.Duration usual) {
        Long minutes = Long.getLong("tsunagu.startup-minutes");
        return minutes == null ? usual : java.time.Duration.ofMinutes(minutes);
    }

    /** MicroProfile Config for the application, as environment variables (docs/architecture.md). */
    private static Map<String, String> configuration(DemoSettings settings, PostgresServer postgres,
                                                     KeycloakServer keycloak) {
        Map<String, String> environment = new HashMap<>(DemoMyNumberKey.environment(settings.dataDirectory()));
        environment.putAll(Map.of(
                "TSUNAGU_DB_URL", postgres.jdbcUrl(Database.TSUNAGU),
                "TSUNAGU_DB_USER", Database.TSUNAGU.owner(),
                "TSUNAGU_DB_PASSWORD", Database.TSUNAGU.password(),
                "TSUNAGU_KEYCLOAK_URL", keycloak.baseUrl().toString().replaceAll("/$", ""),
                "TSUNAGU_KEYCLOAK_ADMIN_USER", keycloak.adminUser(),
                "TSUNAGU_KEYCLOAK_ADMIN_PASSWORD", keycloak.adminPassword(),
                "TSUNAGU_PUBLIC_URL", "http://127.0.0.1:" + settings.httpPort()));
        return environment;
    }
}
