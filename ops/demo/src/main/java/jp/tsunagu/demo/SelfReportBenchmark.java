package jp.tsunagu.demo;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tsunagu.stack.TokenEndpoint;
import jp.tsunagu.stack.TokenResult;

/**
 * {@code ./mvnw -Pbenchmark -Dbenchmark.main=jp.tsunagu.demo.SelfReportBenchmark}: self-report ingestion against the
 * product running on loopback (docs/performance.md). It starts the product from an empty data directory, onboards
 * 石川県, switches a disaster instance on and registers a resident portal, whose client-credentials token the clients
 * use. A warm-up fills the ledger with {@code bench.persons} residents (and warms the JIT); then {@code bench.clients}
 * clients post reports for {@code bench.seconds} seconds, half of them residents reported before (linkage finds and
 * links them), half new, and the rate, latencies, errors and linkage outcomes are printed. Linkage is always on.
 * With {@code bench.batch} above 1 each request carries that many reports to the batch endpoint; a report's latency is
 * then its request's (its result arrives with the others'). Lists ({@code -Dbench.batch=1,100 -Dbench.clients=32,4})
 * measure one mode after the other on the same server and ledger, so they share the machine's load of the moment; the
 * warm-up uses the first.
 */
public final class SelfReportBenchmark {

    private static final String[][] FAMILY = {{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"田中", "たなか"},
            {"伊藤", "いとう"}, {"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"}, {"小林", "こばやし"},
            {"加藤", "かとう"}, {"吉田", "よしだ"}, {"山田", "やまだ"}, {"佐々木", "ささき"}, {"山口", "やまぐち"},
            {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"}, {"林", "はやし"}, {"清水", "しみず"}, {"森", "もり"}};
    /** Given names from a first and a second part (健太, 雄一, 和美...): 20 × 10 of them. */
    private static final String[][] GIVEN_HEAD = {{"健", "けん"}, {"雄", "ゆう"}, {"大", "だい"}, {"拓", "たく"},
            {"和", "かず"}, {"正", "まさ"}, {"直", "なお"}, {"浩", "ひろ"}, {"信", "のぶ"}, {"秀", "ひで"}, {"俊", "とし"},
            {"康", "やす"}, {"智", "とも"}, {"光", "みつ"}, {"孝", "たか"}, {"達", "たつ"}, {"幸", "ゆき"}, {"義", "よし"},
            {"恵", "けい"}, {"美", "み"}};
    private static final String[][] GIVEN_TAIL = {{"太", "た"}, {"一", "いち"}, {"介", "すけ"}, {"也", "や"}, {"人", "と"},
            {"樹", "き"}, {"夫", "お"}, {"子", "こ"}, {"美", "み"}, {"恵", "え"}};
    /**
     * Second halves of family names, so that 400 family names × 200 given names make 80,000 names and few namesakes;
     * a run that reports more new residents than that meets namesakes born on other days, which linkage sends to
     * review.
     */
    private static final String[][] SUFFIX = {{"田", "た"}, {"川", "かわ"}, {"山", "やま"}, {"野", "の"}, {"原", "はら"},
            {"木", "き"}, {"村", "むら"}, {"本", "もと"}, {"井", "い"}, {"島", "しま"}, {"沢", "さわ"}, {"口", "ぐち"},
            {"谷", "たに"}, {"岡", "おか"}, {"崎", "さき"}, {"部", "べ"}, {"藤", "とう"}, {"池", "いけ"}, {"森", "もり"},
            {"橋", "はし"}};
    private static final String[] HOSTS = {"172014", "172031", "172065", "162019", "152021"};
    private static final String[] NEEDS = {"housing", "health", "care", "livelihood", "information"};

    private final BenchmarkClient client;
    private final List<Integer> clientCounts = numbers(System.getProperty("bench.clients", "32"));
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final int persons = Integer.getInteger("bench.persons", 20_000);
    /** Reports per request: 1 posts each alone (the single endpoint), more posts them to the batch endpoint. */
    private final List<Integer> batches = numbers(System.getProperty("bench.batch", "1"));
    private int clients;
    private int batch;
    private final AtomicInteger nextPerson = new AtomicInteger();
    private final AtomicLong submissions = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicReference<String> token = new java.util.concurrent.atomic.AtomicReference<>();

    private SelfReportBenchmark(BenchmarkClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkClient.onFreshProduct(client -> new SelfReportBenchmark(client).run());
    }

    private void run() throws Exception {
        String operator = client.login(client.account("tsunagu-ops", "bench.operator", "national-operator"));
        client.send("POST", "api/v1/operator/tenants/17/onboarding", operator, "{\"username\":\"admin17\",\"email\":"
                + "\"admin17@bench.invalid\",\"familyName\":\"測定\",\"givenName\":\"太郎\"}", 201);
        String admin = client.login(client.account("pref-17", "bench.admin", "prefecture-admin"));
        String disaster = Json.createReader(new java.io.StringReader(client.send("POST", "api/v1/disasters", admin,
                Json.createObjectBuilder().add("name", "測定災害 " + UUID.randomUUID()).add("type", "EARTHQUAKE")
                        .add("occurredOn", "2024-01-01").add("reliefActAppliedOn", "2024-01-01")
                        .add("affectedMunicipalities", Json.createArrayBuilder().add("172049")).build().toString(), 201)))
                .readObject().getString("id");
        JsonObject portal = Json.createReader(new java.io.StringReader(client.send("POST", "api/v1/service-clients", admin,
                "{\"name\":\"bench-portal\",\"purpose\":\"住民ポータル（測定）\",\"kind\":\"resident-portal\"}", 201))).readObject();
        TokenEndpoint tokens = new TokenEndpoint(client.product.keycloak().baseUrl());
        String path = "api/v1/disasters/" + disaster + "/self-reports";

        // Client-credentials tokens live 5 minutes: a fresh one every minute, as a portal would.
        java.util.concurrent.ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleWithFixedDelay(() -> token.set(token(tokens, portal)), 0, 60, java.util.concurrent.TimeUnit.SECONDS);
        while (token.get() == null) {
            Thread.sleep(100);
        }
        String loadBefore = loadAverage();
        mode(0);
        long warmBegin = System.nanoTime();
        Result warm = load(path, Integer.MAX_VALUE, persons, false);
        double warmSeconds = (System.nanoTime() - warmBegin) / 1e9;
        StringBuilder measuredModes = new StringBuilder();
        for (int m = 0; m < batches.size(); m++) {
            mode(m);
            measuredModes.append(measure(path));
        }
        refresher.shutdownNow();
        // -Dbench.reads=false leaves the cross-tenant reads out (to compare ingestion modes quickly).
        String agreementReads = Boolean.parseBoolean(System.getProperty("bench.reads", "true"))
                ? new AgreementReadLatency(client, disaster).run() : "cross-tenant reads: not measured (bench.reads=false)\n";

        System.out.printf("%n==================== Tsunagu self-report ingestion benchmark ====================%n");
        System.out.printf("machine: %d cores, Java %s, load average before the warm-up %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore);
        mode(0);
        System.out.printf("warm-up: %d reports of %d residents in %.1f s (%.0f reports/s), %s, %d errors %s%n", warm.count(),
                persons, warmSeconds, warm.count() / warmSeconds, describe(), warm.errors(), warm.statuses());
        System.out.print(measuredModes);
        System.out.print(agreementReads);
        System.out.printf("load average after the run %s%n", loadAverage());
        System.out.printf("=================================================================================%n");
    }

    /** One measured run in the current mode, printed as its block of lines. */
    private String measure(String path) throws Exception {
        String loadBefore = loadAverage();
        // Who used the two cores meanwhile: this load generator and the application server (the rest is PostgreSQL,
        // Keycloak and whatever else runs on the machine).
        ProcessHandle server = ProcessHandle.of(client.product.application().pid()).orElseThrow();
        Duration generatorBefore = BenchmarkClient.cpuOf(ProcessHandle.current());
        Duration serverBefore = BenchmarkClient.cpuOf(server);
        Result measured = load(path, seconds, Integer.MAX_VALUE, true);
        double generatorShare = BenchmarkClient.cpuOf(ProcessHandle.current()).minus(generatorBefore).toMillis() / (10.0 * seconds);
        double serverShare = BenchmarkClient.cpuOf(server).minus(serverBefore).toMillis() / (10.0 * seconds);
        StringBuilder out = new StringBuilder();
        out.append(String.format("measured: %s for %d s, half re-reports of known residents, half new; linkage on;"
                + " load average before %s%n", describe(), seconds, loadBefore));
        out.append(String.format("  %.0f reports/s, p50 %d ms, p99 %d ms, max %d ms (per report: send to its stored result),"
                        + " %d errors   (target >= 2000/s, p99 < 100 ms)%n",
                measured.count() / (double) seconds, BenchmarkClient.percentile(measured.latencies(), 50),
                BenchmarkClient.percentile(measured.latencies(), 99), BenchmarkClient.percentile(measured.latencies(), 100),
                measured.errors()));
        if (batch > 1) {
            out.append(String.format("  %.1f requests/s, per request p50 %d ms, p99 %d ms, max %d ms%n",
                    measured.requests().size() / (double) seconds, BenchmarkClient.percentile(measured.requests(), 50),
                    BenchmarkClient.percentile(measured.requests(), 99), BenchmarkClient.percentile(measured.requests(), 100)));
        }
        out.append(String.format("  error statuses %s%n", measured.statuses()));
        out.append(String.format("  outcomes: %d linked, %d new, %d review%n", measured.linked().get(),
                measured.created().get(), measured.review().get()));
        out.append(String.format("  CPU meanwhile (%% of one core): load generator %.0f%%, application server %.0f%%%n",
                generatorShare, serverShare));
        return out.toString();
    }

    /** Takes the {@code m}-th mode: its reports per request and its clients (the last clients count repeats). */
    private void mode(int m) {
        batch = batches.get(m);
        clients = clientCounts.get(Math.min(m, clientCounts.size() - 1));
    }

    private String describe() {
        return clients + " clients, " + (batch == 1 ? "one report per request"
                : batch + " reports per request (batch endpoint)");
    }

    private static List<Integer> numbers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** {@code latencies} per report, {@code requests} per request (the same in single mode). */
    private record Result(List<Duration> latencies, List<Duration> requests, AtomicLong errorCount, AtomicLong linked,
                          AtomicLong created, AtomicLong review, java.util.Map<Integer, Integer> statuses) {
        long count() {
            return latencies.size();
        }

        long errors() {
            return errorCount.get();
        }
    }

    /**
     * Clients post until {@code seconds} pass or {@code reports} are sent. With {@code mixed}, every other report is
     * a resident reported before (same name, reading and birth date: linkage links it); otherwise each is a new one.
     */
    private Result load(String path, int seconds, int reports, boolean mixed) throws Exception {
        long end = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Result result = new Result(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), new AtomicLong(), new AtomicLong(),
                new AtomicLong(), new java.util.concurrent.ConcurrentHashMap<>());
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end && sent.get() < reports) {
                        int count = (int) Math.min(batch, reports - sent.getAndAdd(batch));
                        if (count <= 0) {
                            break;
                        }
                        List<String> bodies = new ArrayList<>(count);
                        for (int r = 0; r < count; r++) {
                            int person = mixed && ThreadLocalRandom.current().nextBoolean() && nextPerson.get() > 0
                                    ? ThreadLocalRandom.current().nextInt(nextPerson.get()) : nextPerson.getAndIncrement();
                            bodies.add(report(person));
                        }
                        send(path, bodies, result);
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        }
        return result;
    }

    /** One request: a report alone to the single endpoint, or several to the batch endpoint. */
    private void send(String path, List<String> bodies, Result result) {
        boolean single = batch == 1;
        HttpRequest request = HttpRequest.newBuilder(client.product.application().baseUri()
                        .resolve(single ? path : path + "/batch"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(single ? bodies.getFirst()
                        : "{\"reports\":[" + String.join(",", bodies) + "]}")).build();
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = client.http.send(request, HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            result.requests().add(took);
            if (single) {
                count(result, response.statusCode(), response.statusCode() == 201 ? response.body() : "");
            } else if (response.statusCode() != 200) {
                bodies.forEach(b -> count(result, response.statusCode(), ""));
            } else {
                Json.createReader(new java.io.StringReader(response.body())).readObject().getJsonArray("results")
                        .getValuesAs(JsonObject.class)
                        .forEach(item -> count(result, item.getInt("status"), "\"" + item.getString("outcome", "") + "\""));
            }
            for (int i = 0; i < bodies.size(); i++) {
                result.latencies().add(took);
            }
        } catch (Exception e) {
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            result.requests().add(took);
            for (int i = 0; i < bodies.size(); i++) {
                result.latencies().add(took);
                result.errorCount().incrementAndGet();
            }
        }
    }

    /** One report's answer: anything but 201 is an error; {@code outcome} holds the quoted outcome (or the whole answer). */
    private static void count(Result result, int status, String outcome) {
        if (status != 201) {
            result.errorCount().incrementAndGet();
            result.statuses().merge(status, 1, Integer::sum);
        } else if (outcome.contains("\"linked\"")) {
            result.linked().incrementAndGet();
        } else if (outcome.contains("\"new\"")) {
            result.created().incrementAndGet();
        } else {
            result.review().incrementAndGet();
        }
    }

    /** Resident {@code n}: a name, reading and birth date of their own (a few coincide, as in life). */
    private String report(int n) {
        String[] first = FAMILY[n % FAMILY.length];
        String[] second = SUFFIX[(n / FAMILY.length) % SUFFIX.length];
        String[] family = {first[0] + second[0], first[1] + second[1]};
        int g = n / (FAMILY.length * SUFFIX.length);
        String[] head = GIVEN_HEAD[g % GIVEN_HEAD.length];
        String[] tail = GIVEN_TAIL[(g / GIVEN_HEAD.length) % GIVEN_TAIL.length];
        String[] given = {head[0] + tail[0], head[1] + tail[1]};
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays((n * 7919L) % 32_000);
        return Json.createObjectBuilder()
                .add("submissionId", "bench-" + submissions.incrementAndGet())
                .add("resident", Json.createObjectBuilder().add("fullName", family[0] + " " + given[0])
                        .add("fullNameKana", family[1] + " " + given[1]).add("birthDate", born.toString())
                        .add("sex", n % 2 == 0 ? "male" : "female").add("address", "石川県輪島市河井町" + (n % 30 + 1) + "-1")
                        .add("verifiedWithMyNumberCard", n % 3 == 0))
                .add("whereabouts", Json.createObjectBuilder().add("kind", "relative-home")
                        .add("municipalityCode", HOSTS[n % HOSTS.length]))
                .add("needs", Json.createArrayBuilder().add(NEEDS[n % NEEDS.length]))
                .add("contact", Json.createObjectBuilder().add("phone", "090-" + String.format("%04d-%04d", n / 10000 % 10000, n % 10000)))
                .add("consent", Json.createObjectBuilder().add("given", true)
                        .add("parties", Json.createArrayBuilder().add("prefecture").add("home-municipality"))
                        .add("textVersion", "2026-01"))
                .build().toString();
    }

    private static String token(TokenEndpoint tokens, JsonObject portal) {
        TokenResult token = tokens.clientCredentials("pref-17", portal.getString("clientId"), portal.getString("clientSecret"));
        if (token instanceof TokenResult.Granted granted) {
            return granted.tokens().accessToken();
        }
        throw new IllegalStateException("the portal's client credentials were refused: " + token);
    }

    private static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }
}
