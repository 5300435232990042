package jp.tsunagu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The demo's key for 個人番号 (AES-256), made on the first run and kept beside the demo's data (owner-readable only),
 * so numbers encrypted in one run can be read in the next. Production keys come from a secret, never from a file
 * like this.
 */
final class DemoMyNumberKey {

    private static final String KEY_ID = "demo1";

    private DemoMyNumberKey() {
    }

    /** The application's configuration for the key, as environment variables. */
    static Map<String, String> environment(Path dataDirectory) {
        return Map.of("TSUNAGU_LEDGER_MY_NUMBER_KEYS", KEY_ID + "=" + loadOrCreate(dataDirectory.resolve("my-number.key")),
                "TSUNAGU_LEDGER_MY_NUMBER_CURRENT_KEY", KEY_ID);
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo's 個人番号 key could not be read or made", e);
        }
    }
}
