package jp.tsunagu.backup.database;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A table's row count and the SHA-256 (hex) of its canonical COPY text; see {@link CanonicalCopy}. */
public record TableDigest(long rows, String sha256) {

    private static final Pattern HEX_64 = Pattern.compile("^[0-9a-f]{64}$");

    public TableDigest {
        Objects.requireNonNull(sha256, "sha256");
        if (rows < 0 || !HEX_64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a table digest is a row count and 64 hex digits");
        }
    }

    static TableDigest of(long rows, byte[] sha256) {
        return new TableDigest(rows, HexFormat.of().formatHex(sha256));
    }
}
