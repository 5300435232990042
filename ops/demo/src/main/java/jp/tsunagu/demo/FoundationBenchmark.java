package jp.tsunagu.demo;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;

import jp.tsunagu.provisioning.keycloak.NewAccount;
import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.Totp;

/**
 * {@code ./mvnw -Pbenchmark}: measures the foundation on this machine and prints the figures (docs/performance.md).
 * It starts the product from an empty data directory, then times, through the public API with real OTP logins:
 * the application's start and memory, onboarding prefectures (realm + schema + migrations + first admin), and
 * switching disaster instances on. Targets: under a minute per prefecture, under a second per disaster instance.
 */
public final class FoundationBenchmark {

    private static final List<String> PREFECTURES = List.of("13", "27", "40");
    private static final int SWITCH_ONS = 20;
    private static final int READ_CLIENTS = 8;
    private static final int READ_SECONDS = 20;

    // HTTP/1.1: the JDK client's h2c upgrade is not needed here and breaks on early 413 answers.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalProduct product;
    private final KeycloakBrowserLogin browser;

    private FoundationBenchmark(LocalProduct product) {
        this.product = product;
        this.browser = new KeycloakBrowserLogin(product.keycloak().baseUrl());
    }

    public static void main(String[] args) throws Exception {
        DemoSettings settings = DemoSettings.fromSystemProperties();
        deleteRecursively(settings.dataDirectory());
        StartedServers servers = StartedServers.stoppedOnShutdown();
        LocalProduct product = LocalProduct.start(settings, servers);
        try {
            new FoundationBenchmark(product).run();
        } finally {
            servers.stopAll();
        }
    }

    private void run() throws Exception {
        long startRss = rssMegabytes(product.application().pid());
        Duration start = product.application().startupTime();

        String operator = login(account("tsunagu-ops", "bench.operator", "national-operator"));
        List<Duration> onboardings = new ArrayList<>();
        for (String prefecture : PREFECTURES) {
            long begin = System.nanoTime();
            send("POST", "api/v1/operator/tenants/" + prefecture + "/onboarding", operator,
                    "{\"username\":\"admin" + prefecture + "\",\"email\":\"admin" + prefecture
                            + "@bench.invalid\",\"familyName\":\"測定\",\"givenName\":\"太郎\"}", 201);
            onboardings.add(Duration.ofNanos(System.nanoTime() - begin));
        }

        String admin = login(account("pref-" + PREFECTURES.get(0), "bench.admin", "prefecture-admin"));
        List<Duration> switchOns = new ArrayList<>();
        for (int i = 0; i < SWITCH_ONS; i++) {
            String body = Json.createObjectBuilder().add("name", "測定災害 " + UUID.randomUUID())
                    .add("type", "EARTHQUAKE").add("occurredOn", "2024-01-01").add("reliefActAppliedOn", "2024-01-01")
                    .add("affectedMunicipalities", Json.createArrayBuilder().add("131016").add("131024")).build()
                    .toString();
            long begin = System.nanoTime();
            send("POST", "api/v1/disasters", admin, body, 201);
            switchOns.add(Duration.ofNanos(System.nanoTime() - begin));
        }
        Throughput reads = throughput(admin, "api/v1/disasters", READ_CLIENTS, READ_SECONDS);
        long endRss = rssMegabytes(product.application().pid());

        System.out.printf("%n==================== Tsunagu foundation benchmark ====================%n");
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("PostgreSQL start (initdb, empty)    %7d ms%n", product.postgres().startupTime().toMillis());
        System.out.printf("Keycloak start                      %7d ms%n", product.keycloak().startupTime().toMillis());
        System.out.printf("Application start (launch to ready) %7d ms   (cold: includes loading the registry)%n", start.toMillis());
        System.out.printf("Application RSS after start         %7d MB   (-Xmx512m)%n", startRss);
        System.out.printf("Application RSS after the workload  %7d MB%n", endRss);
        onboardings.forEach(d -> System.out.printf("Onboard one prefecture              %7d ms   (target < 60000 ms)%n",
                d.toMillis()));
        System.out.printf("Switch on a disaster instance (n=%d) p50 %d ms, p95 %d ms, max %d ms   (target < 1000 ms)%n",
                switchOns.size(), percentile(switchOns, 50), percentile(switchOns, 95), percentile(switchOns, 100));
        System.out.printf("Authenticated reads, %d clients for %d s (GET /api/v1/disasters: token check, tenant binding,"
                + " query): %.0f requests/s, p50 %d ms, p99 %d ms, %d errors%n", READ_CLIENTS, READ_SECONDS,
                reads.perSecond(), reads.p50(), reads.p99(), reads.errors());
        System.out.printf("=======================================================================%n");
    }

    private record Throughput(double perSecond, long p50, long p99, long errors) {
    }

    /** Several clients call one endpoint as fast as answers come, for a fixed time: how much one node serves. */
    private Throughput throughput(String token, String path, int clients, int seconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(product.application().baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Duration> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long begin = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(Duration.ofNanos(System.nanoTime() - begin));
                    }
                    return null;
                });
            }
        }
        return new Throughput(latencies.size() / (double) seconds, percentile(latencies, 50), percentile(latencies, 99),
                errors.get());
    }

    private LoginAccount account(String realm, String username, String role) {
        String password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "A9";
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        product.keycloakAdmin().createUser(realm, NewAccount.firstLogin(username, username + "@bench.invalid", "測定",
                "太郎", Set.of(role), Map.of(), password).withPermanentPassword(password).withOtpSecret(secret));
        return new LoginAccount(realm, username, password, secret);
    }

    private record LoginAccount(String realm, String username, String password, String secret) {
    }

    private String login(LoginAccount account) {
        LoginOutcome outcome = browser.login(account.realm(), LoginAttempt.of(account.username(), account.password())
                .withOtp(Totp.fromKeycloakSecret(account.secret())));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            return loggedIn.tokens().accessToken();
        }
        throw new IllegalStateException("benchmark login failed: " + outcome);
    }

    private void send(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(product.application().baseUri().resolve(path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static long percentile(List<Duration> samples, int percent) {
        List<Duration> sorted = samples.stream().sorted(Comparator.naturalOrder()).toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)).toMillis();
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
