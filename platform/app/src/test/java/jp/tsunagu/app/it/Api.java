package jp.tsunagu.app.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** A small HTTP client for the running application, as a real client sees it (status, media type, JSON). */
public final class Api {

    // HTTP/1.1: the JDK client's h2c upgrade is not needed here and breaks on early 413 answers.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A POST that asks for {@code 100 Continue} before sending its body, as a client uploading something large
     * should: a server refusing the size answers before the body is on the wire, instead of closing on it.
     */
    public Reply postExpectingContinue(String path, String token, String json) {
        return send(request(path, token).expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String token, JsonValue json) {
        return post(path, token, json.toString());
    }

    public Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HangWitness.Watch watch = HangWitness.watch(request.method(), request.uri().getRawPath());
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (HttpTimeoutException e) {
            // What the server did meanwhile goes into the failure itself: a CI summary keeps it when it cuts the output.
            throw new AssertionError("no answer to " + request.method() + " " + request.uri().getRawPath() + " within "
                    + request.timeout().map(Duration::toSeconds).orElse(0L) + " s; what the server did meanwhile:\n"
                    + watch.findings(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            watch.close();
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** One HTTP answer. */
    public record Reply(int status, String contentType, String body, String location) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The problem's type slug (after .../problems/), for asserting which rule refused. */
        public String problemSlug() {
            String type = json().getString("type");
            return type.substring(type.lastIndexOf('/') + 1);
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) : body);
        }
    }
}
