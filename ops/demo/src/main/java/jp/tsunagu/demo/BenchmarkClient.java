package jp.tsunagu.demo;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.Totp;

/** What the benchmarks share: accounts with OTP logged in through the real login pages, and API calls over loopback. */
final class BenchmarkClient {

    // HTTP/1.1: the JDK client's h2c upgrade is not needed here and breaks on early 413 answers.
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final LocalProduct product;
    private final KeycloakBrowserLogin browser;

    BenchmarkClient(LocalProduct product) {
        this.product = product;
        this.browser = new KeycloakBrowserLogin(product.keycloak().baseUrl());
    }

    /** A benchmark's body, run against the product. */
    interface Workload {
        void run(BenchmarkClient client) throws Exception;
    }

    /** Starts the product from an empty data directory, runs the workload against it, stops everything. */
    static void onFreshProduct(Workload workload) throws Exception {
        DemoSettings settings = DemoSettings.fromSystemProperties();
        deleteRecursively(settings.dataDirectory());
        StartedServers servers = StartedServers.stoppedOnShutdown();
        LocalProduct product = LocalProduct.start(settings, servers);
        try {
            workload.run(new BenchmarkClient(product));
        } finally {
            servers.stopAll();
        }
    }

    record LoginAccount(String realm, String username, String password, String secret) {
    }

    LoginAccount account(String realm, String username, String role) {
        String password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "A9";
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        product.keycloakAdmin().createUser(realm, NewAccount.firstLogin(username, username + "@bench.invalid", "測定",
                "太郎", Set.of(role), Map.of(), password).withPermanentPassword(password).withOtpSecret(secret));
        return new LoginAccount(realm, username, password, secret);
    }

    String login(LoginAccount account) {
        LoginOutcome outcome = browser.login(account.realm(), LoginAttempt.of(account.username(), account.password())
                .withOtp(Totp.fromKeycloakSecret(account.secret())));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            return loggedIn.tokens().accessToken();
        }
        throw new IllegalStateException("benchmark login failed: " + outcome);
    }

    String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(product.application().baseUri().resolve(path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static long percentile(List<Duration> samples, int percent) {
        List<Duration> sorted = samples.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)).toMillis();
    }

    /** CPU time the process has used so far (user and system), zero if the system does not tell. */
    static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
