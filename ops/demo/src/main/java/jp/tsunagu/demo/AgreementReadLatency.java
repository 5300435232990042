package jp.tsunagu.demo;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The cross-tenant read phase of the self-report benchmark (docs/performance.md): how much slower a read through a
 * sharing agreement is than the same read inside the home tenant. 富山県 (16) is onboarded as host; 石川県's admin
 * places {@code bench.read.persons} of the ledger's persons in 富山市, proposes an agreement (identity, whereabouts),
 * 富山県's admin accepts it and grants a 富山市 staff member under it; a 輪島市 staff member is granted in the instance at
 * home. Both log in with password and TOTP. Then, for {@code bench.read.seconds} each after a short warm-up,
 * {@code bench.read.clients} clients read a random one of those persons' detail (home: the ledger entry; host: the
 * agreed items), and a page of the persons in 富山市 (home: search by current municipality; host: the agreement's
 * list). Every read is checked and logged as in production (home's access log; the host's and the home's for a read
 * through the agreement).
 */
final class AgreementReadLatency {

    private static final String HOST_CITY = "162019";
    private static final String HOME_CITY = "172049";

    private final BenchmarkClient client;
    private final String disaster;
    private String homeAdmin;
    private final int clients = Integer.getInteger("bench.read.clients", 8);
    private final int seconds = Integer.getInteger("bench.read.seconds", 15);
    private final int persons = Integer.getInteger("bench.read.persons", 200);

    AgreementReadLatency(BenchmarkClient client, String disaster) {
        this.client = client;
        this.disaster = disaster;
    }

    /** Sets the agreement up, measures, and returns the lines to print. Logs in afresh: earlier tokens may be old. */
    String run() throws Exception {
        String operator = client.login(client.account("tsunagu-ops", "bench.reads.operator", "national-operator"));
        homeAdmin = client.login(client.account("pref-17", "bench.reads.admin", "prefecture-admin"));
        client.send("POST", "api/v1/operator/tenants/16/onboarding", operator, "{\"username\":\"admin16\",\"email\":"
                + "\"admin16@bench.invalid\",\"familyName\":\"測定\",\"givenName\":\"次郎\"}", 201);
        String hostAdmin = client.login(client.account("pref-16", "bench.admin16", "prefecture-admin"));
        BenchmarkClient.LoginAccount wajima = client.account("pref-17", "bench.wajima", "municipality-staff");
        client.send("POST", "api/v1/disasters/" + disaster + "/grants", homeAdmin, grant("bench.wajima")
                .add("scope", "AFFECTED_MUNICIPALITY").add("municipalityCode", HOME_CITY).build().toString(), 201);
        String homeStaff = client.login(wajima);

        List<String> placed = placeInHostCity();
        String agreement = object(client.send("POST", "api/v1/agreements", homeAdmin, Json.createObjectBuilder()
                .add("hostPrefecture", "16").add("disasterId", disaster)
                .add("items", Json.createArrayBuilder().add("identity").add("whereabouts"))
                .add("permissions", Json.createArrayBuilder())
                .add("validUntil", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .add("purpose", "広域避難者の所在確認（測定）").build().toString(), 201)).getString("id");
        client.send("POST", "api/v1/agreements/" + agreement + "/acceptance", hostAdmin, "{}", 200);
        BenchmarkClient.LoginAccount toyama = client.account("pref-16", "bench.toyama", "municipality-staff");
        client.send("POST", "api/v1/agreements/" + agreement + "/grants", hostAdmin, grant("bench.toyama")
                .add("municipalityCode", HOST_CITY).build().toString(), 201);
        String hostStaff = client.login(toyama);

        String home = "api/v1/disasters/" + disaster + "/persons";
        String host = "api/v1/agreements/" + agreement + "/persons";
        String load = loadAverage();
        Result homeDetail = reads(homeStaff, () -> home + "/" + any(placed));
        Result hostDetail = reads(hostStaff, () -> host + "/" + any(placed));
        Result homeList = reads(homeStaff, () -> home + "?currentMunicipality=" + HOST_CITY + "&size=50");
        Result hostList = reads(hostStaff, () -> host + "?size=50");
        return String.format("cross-tenant reads: %d persons in 富山市, %d clients, %d s each, load average before %s%n",
                placed.size(), clients, seconds, load)
                + String.format("                          same tenant (輪島市 staff)       through the agreement (富山市 staff)%n")
                + line("person detail", homeDetail, hostDetail) + line("list of 50", homeList, hostList);
    }

    private static String line(String what, Result home, Result host) {
        return String.format("  %-14s  %6.0f/s p50 %4d ms p99 %4d ms   %6.0f/s p50 %4d ms p99 %4d ms   (errors %d / %d)%n",
                what, home.rate(), home.percentile(50), home.percentile(99), host.rate(), host.percentile(50),
                host.percentile(99), home.errors().get(), host.errors().get());
    }

    // The first persons of the ledger (residents of 輪島市) are now at a hotel in 富山市, as the home recorded.
    private List<String> placeInHostCity() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ids.size() < persons; page++) {
            var listed = object(client.send("GET", "api/v1/disasters/" + disaster + "/persons?size=200&page=" + page,
                    homeAdmin, "", 200)).getJsonArray("persons");
            if (listed.isEmpty()) {
                break;
            }
            listed.stream().limit(persons - ids.size()).forEach(p -> ids.add(p.asJsonObject().getString("personId")));
        }
        for (String id : ids) {
            client.send("POST", "api/v1/disasters/" + disaster + "/persons/" + id + "/whereabouts", homeAdmin,
                    "{\"kind\":\"hotel\",\"place\":\"富山市内のホテル\",\"municipalityCode\":\"" + HOST_CITY + "\"}", 201);
        }
        return ids;
    }

    private record Result(List<Duration> latencies, AtomicLong errors, int seconds) {
        double rate() {
            return latencies.size() / (double) seconds;
        }

        long percentile(int percent) {
            return latencies.isEmpty() ? -1 : BenchmarkClient.percentile(latencies, percent);
        }
    }

    /** A short warm-up, then {@code clients} clients reading for {@code seconds}. */
    private Result reads(String token, java.util.function.Supplier<String> path) throws Exception {
        for (int i = 0; i < 50; i++) {
            client.send("GET", path.get(), token, "", 200);
        }
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Result result = new Result(Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = HttpRequest.newBuilder(client.product.application().baseUri()
                                        .resolve(path.get())).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token).GET().build();
                        long begin = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.http.send(request,
                                    HttpResponse.BodyHandlers.ofString());
                            result.latencies().add(Duration.ofNanos(System.nanoTime() - begin));
                            if (response.statusCode() != 200) {
                                result.errors().incrementAndGet();
                            }
                        } catch (Exception e) {
                            result.latencies().add(Duration.ofNanos(System.nanoTime() - begin));
                            result.errors().incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        return result;
    }

    private static jakarta.json.JsonObjectBuilder grant(String username) {
        return Json.createObjectBuilder().add("username", username).add("email", username + "@bench.invalid")
                .add("familyName", "測定").add("givenName", "職員").add("role", "MUNICIPALITY_STAFF")
                .add("expiresAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
    }

    private static String any(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }
}
