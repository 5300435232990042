package jp.tsunagu.ledger.imports.boundary;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A CSV file to download (UTF-8; the writers put a BOM first, so Excel reads it right). Written while the answer is
 * sent, after the request's transaction has ended. Named after the imported file, with a plain ASCII name for clients
 * that do not read RFC 6266's {@code filename*}.
 */
final class CsvDownload {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvDownload() {
    }

    static Response of(String importedFileName, String suffix, String asciiName, Consumer<Writer> content) {
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.accept(writer);
            writer.flush();
        };
        String stem = importedFileName.replaceFirst("\\.[^.]*$", "");
        String name = URLEncoder.encode(stem + "_" + suffix + ".csv", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + name)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
