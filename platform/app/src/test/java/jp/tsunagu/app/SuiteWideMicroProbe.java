package jp.tsunagu.app;

import jp.tsunagu.app.arquillian.SuiteWideMicro;
import jp.tsunagu.stack.PayaraMicroServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the server answering a test is the run's one Payara Micro: exactly one boot so far, and the JVM
 * that answers (its start time, from MicroProfile Metrics' uptime) was launched by that boot. Every test class
 * that asks records what it saw, so two classes that met different servers fail whichever runs second.
 */
final class SuiteWideMicroProbe {

    /** Payara reports uptime in seconds with two decimals; launch, JVM start and a round trip add a little. */
    private static final Duration TOLERANCE = Duration.ofSeconds(1);
    private static final Pattern UPTIME = Pattern.compile("(?m)^jvm_uptime_seconds\\{[^}]*} ([0-9.]+)$");
    private static final List<Instant> OBSERVED_JVM_STARTS = new ArrayList<>();

    private SuiteWideMicroProbe() {
    }

    static synchronized void assertServedByTheSuiteWideMicro(URI base) throws IOException, InterruptedException {
        assertEquals(1, SuiteWideMicro.boots(), "Payara Micro booted once for the whole run");
        PayaraMicroServer micro = SuiteWideMicro.running().orElseThrow();
        assertTrue(micro.isAlive());
        assertEquals(micro.baseUri(), base);

        Instant jvmStart = jvmStartOfServerAt(base);
        assertTrue(!jvmStart.isBefore(micro.launchedAt().minus(TOLERANCE)) && !jvmStart.isAfter(micro.readyAt()),
                "the answering JVM started at " + jvmStart + ", not during the boot from "
                        + micro.launchedAt() + " to " + micro.readyAt());
        for (Instant seenBefore : OBSERVED_JVM_STARTS) {
            assertTrue(Duration.between(seenBefore, jvmStart).abs().compareTo(TOLERANCE) <= 0,
                    "another test class met a server started at " + seenBefore + ", this one " + jvmStart);
        }
        OBSERVED_JVM_STARTS.add(jvmStart);
    }

    private static Instant jvmStartOfServerAt(URI base) throws IOException, InterruptedException {
        HttpResponse<String> metrics = get(base.resolve("metrics?scope=base"));
        Instant answeredAt = Instant.now();
        assertEquals(200, metrics.statusCode());
        Matcher uptime = UPTIME.matcher(metrics.body());
        assertTrue(uptime.find(), "jvm_uptime_seconds in the base metrics");
        long uptimeMillis = Math.round(Double.parseDouble(uptime.group(1)) * 1000);
        return answeredAt.minusMillis(uptimeMillis);
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
