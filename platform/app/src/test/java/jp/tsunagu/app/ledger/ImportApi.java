package jp.tsunagu.app.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import jp.tsunagu.app.it.Api;

/**
 * The imports API as a client uses it: uploads (the file as the body, or as the part {@code file} of a form),
 * following an import until it ends, the CSV downloads with their headers, cancellation.
 */
final class ImportApi {

    static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELLED", "INTERRUPTED");

    /** A download: status, media type, Content-Disposition and the bytes as sent. */
    record Download(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean startsWithUtf8Bom() {
            return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
        }
    }

    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ImportApi(Api api) {
        this.api = api;
    }

    static String imports(String disasterId) {
        return "api/v1/disasters/" + disasterId + "/imports";
    }

    /** The path of an answer's Location, relative to the application, as the other calls take it. */
    static String path(Api.Reply reply) {
        return reply.location().replaceFirst("^.*?/api/", "api/");
    }

    static String query(String... nameValuePairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(nameValuePairs[i]).append('=')
                    .append(URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    Api.Reply upload(String token, String disasterId, byte[] file, String query) {
        return api.send(api.request(imports(disasterId) + query, token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    Api.Reply uploadForm(String token, String disasterId, String fileName, byte[] file, String query) {
        String boundary = "----tsunagu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(imports(disasterId) + query, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Api.Reply get(String token, String path) {
        return api.get(path, token);
    }

    Api.Reply cancel(String token, String path) {
        return api.send(api.request(path + "/cancellation", token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Reads the import until {@code done} holds for it (checked often: a phase can be short), at most five minutes. */
    JsonObject await(String token, String path, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            Api.Reply reply = get(token, path);
            if (reply.status() != 200) {
                throw new AssertionError("reading an import failed: " + reply);
            }
            JsonObject state = reply.json();
            if (done.test(state)) {
                return state;
            }
            if (ENDED.contains(state.getString("phase")) || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the import did not get where expected: " + state);
            }
            // Linking has no short phase to catch: reading it less often leaves the machine to the linking.
            sleep(state.getString("phase").equals("LINKING") ? 250 : 50);
        }
    }

    JsonObject awaitEnd(String token, String path) {
        return await(token, path, state -> ENDED.contains(state.getString("phase")));
    }

    Download download(String token, String path) {
        HttpRequest request = api.request(path, token).setHeader("Accept", "text/csv").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause() {
        sleep(50);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
