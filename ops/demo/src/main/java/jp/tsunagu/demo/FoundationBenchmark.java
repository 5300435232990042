package jp.tsunagu.demo;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;


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

    private final BenchmarkClient client;
    private final LocalProduct product;
    private final HttpClient http;

    private FoundationBenchmark(BenchmarkClient client) {
        this.client = client;
        this.product = client.product;
        this.http = client.http;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkClient.onFreshProduct(client -> new FoundationBenchmark(client).run());
    }

    private void run() throws Exception {
        long startRss = BenchmarkClient.rssMegabytes(product.application().pid());
        Duration start = product.application().startupTime();

        String operator = client.login(client.account("tsunagu-ops", "bench.operator", "national-operator"));
        List<Duration> onboardings = new ArrayList<>();
        for (String prefecture : PREFECTURES) {
            long begin = System.nanoTime();
            client.send("POST", "api/v1/operator/tenants/" + prefecture + "/onboarding", operator,
                    "{\"username\":\"admin" + prefecture + "\",\"email\":\"admin" + prefecture
                            + "@bench.invalid\",\"familyName\":\"測定\",\"givenName\":\"太郎\"}", 201);
            onboardings.add(Duration.ofNanos(System.nanoTime() - begin));
        }

        String admin = client.login(client.account("pref-" + PREFECTURES.get(0), "bench.admin", "prefecture-admin"));
        List<Duration> switchOns = new ArrayList<>();
        for (int i = 0; i < SWITCH_ONS; i++) {
            String body = Json.createObjectBuilder().add("name", "測定災害 " + UUID.randomUUID())
                    .add("type", "EARTHQUAKE").add("occurredOn", "2024-01-01").add("reliefActAppliedOn", "2024-01-01")
                    .add("affectedMunicipalities", Json.createArrayBuilder().add("131016").add("131024")).build()
                    .toString();
            long begin = System.nanoTime();
            client.send("POST", "api/v1/disasters", admin, body, 201);
            switchOns.add(Duration.ofNanos(System.nanoTime() - begin));
        }
        Throughput reads = throughput(admin, "api/v1/disasters", READ_CLIENTS, READ_SECONDS);
        long endRss = BenchmarkClient.rssMegabytes(product.application().pid());

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
                switchOns.size(), BenchmarkClient.percentile(switchOns, 50), BenchmarkClient.percentile(switchOns, 95), BenchmarkClient.percentile(switchOns, 100));
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
        return new Throughput(latencies.size() / (double) seconds, BenchmarkClient.percentile(latencies, 50), BenchmarkClient.percentile(latencies, 99),
                errors.get());
    }

}
