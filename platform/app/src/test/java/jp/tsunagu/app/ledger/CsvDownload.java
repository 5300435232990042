package jp.tsunagu.app.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tsunagu.ledger.imports.csv.CsvReader;
import jp.tsunagu.ledger.imports.csv.CsvRecord;
import jp.tsunagu.ledger.imports.csv.ImportLimits;

/** A ledger export as a client downloads it: the bytes as sent, and the rows read back with the ledger's CSV reader. */
record CsvDownload(int status, String contentType, byte[] body, Optional<String> exportId) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static CsvDownload get(String path, String token) {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("tsunagu.it.http.port") + "/").resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new CsvDownload(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("X-Tsunagu-Export"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean startsWithUtf8Bom() {
        return body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF;
    }

    /** Every row, the header first, decoded in {@code charset} after the UTF-8 BOM, if there is one. */
    List<List<String>> rows(Charset charset) {
        List<List<String>> rows = new ArrayList<>();
        int start = startsWithUtf8Bom() ? 3 : 0;
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(body, start, body.length - start), charset,
                ImportLimits.DEFAULT)) {
            Optional<CsvRecord> row;
            while ((row = reader.next()).isPresent()) {
                rows.add(row.get().fields());
            }
        }
        return rows;
    }

    /** A refused export's problem document. */
    JsonObject problem() {
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
