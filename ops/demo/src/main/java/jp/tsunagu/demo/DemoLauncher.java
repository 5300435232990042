package jp.tsunagu.demo;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import jp.tsunagu.stack.Database;
import jp.tsunagu.stack.KeycloakServer;
import jp.tsunagu.stack.PayaraMicroServer;
import jp.tsunagu.stack.PostgresServer;

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

        LocalProduct product = LocalProduct.start(settings, servers);
        List<DemoAccount> accounts = new DemoSeeder(product.application().baseUri(), product.keycloak().baseUrl(),
                product.keycloakAdmin(), new DemoSecrets(settings.dataDirectory().resolve(DemoCodes.SECRETS_FILE))).seed();
        printWelcome(settings, product.postgres(), product.keycloak(), product.application(), accounts);
        new CountDownLatch(1).await(); // until Ctrl-C; the shutdown hook stops the servers
    }

    private static void printWelcome(DemoSettings settings, PostgresServer postgres, KeycloakServer keycloak,
                                     PayaraMicroServer application, List<DemoAccount> accounts) {
        URI app = application.baseUri();
        StringBuilder text = new StringBuilder()
                .append("\n==================== Tsunagu つなぐ demo is running ====================\n")
                .append("  Application  ").append(app).append('\n')
                .append("  Staff UI     ").append(app.resolve("ui/"))
                .append(" (choose 石川県, log in as wajima.lead with password + TOTP code)\n")
                .append("  Health       ").append(app.resolve("health")).append('\n')
                .append("  OpenAPI      ").append(app.resolve("openapi")).append('\n')
                .append("  Metrics      ").append(app.resolve("metrics")).append('\n')
                .append("  Keycloak     ").append(keycloak.baseUrl()).append(" (admin console: ")
                .append(keycloak.adminUser()).append(" / ").append(keycloak.adminPassword()).append(")\n")
                .append("  PostgreSQL   ").append(postgres.jdbcUrl(Database.TSUNAGU))
                .append(" (user ").append(Database.TSUNAGU.owner()).append(")\n")
                .append("  Data         ").append(settings.dataDirectory()).append('\n')
                .append("  Logs         ").append(application.logFile()).append('\n')
                .append("               ").append(keycloak.logFile()).append('\n')
                .append("               ").append(postgres.logFile()).append('\n');
        text.append("  Demo accounts (invented; password + TOTP code, e.g. at ")
                .append(keycloak.baseUrl().resolve("/realms/pref-17/account")).append("):\n");
        accounts.forEach(account -> text.append("    ").append(account.grantedFor()).append('\n')
                .append("      realm ").append(account.realm()).append("  user ").append(account.username())
                .append("  password ").append(account.password()).append('\n')
                .append("      TOTP secret (Base32, for an authenticator app) ").append(account.base32Secret()).append('\n')
                .append("      ").append(account.otpauthUri()).append('\n'));
        text.append("  Current TOTP codes: \"$JAVA_HOME/bin/java\" -cp ops/demo/target/classes:ops/stack/target/classes")
                .append(" jp.tsunagu.demo.DemoCodes\n")
                .append("  Secrets are kept in ").append(settings.dataDirectory().resolve(DemoCodes.SECRETS_FILE)).append('\n')
                .append("  Ledger       輪島市's shelter roster (Shift_JIS) and outreach visits are imported into 「")
                .append(DemoSeeder.NOTO).append("」;\n               search it as wajima.lead: GET ")
                .append(app.resolve("api/v1/disasters")).append("/{id}/persons?name=たかはし\n");
        text.append("  Started in   PostgreSQL ").append(postgres.startupTime().toMillis()).append(" ms, Keycloak ")
                .append(keycloak.startupTime().toMillis()).append(" ms, Payara Micro ")
                .append(application.startupTime().toMillis()).append(" ms\n")
                .append("  Press Ctrl-C to stop everything.\n")
                .append("=======================================================================\n");
        System.out.println(text);
    }
}
