package jp.tsunagu.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The demo accounts' passwords and TOTP secrets, kept beside the demo's data so that a second run (which reuses
 * the data) logs in with the same ones. Invented for the demo; readable by the owner only.
 */
final class DemoSecrets {

    record Secret(String password, String totpSecret) {
    }

    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    DemoSecrets(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Optional<Secret> find(String realm, String username) {
        String password = values.getProperty(key(realm, username, "password"));
        String totp = values.getProperty(key(realm, username, "totp"));
        return password == null || totp == null ? Optional.empty() : Optional.of(new Secret(password, totp));
    }

    /** New secrets for an account, saved at once. */
    Secret create(String realm, String username) {
        Secret secret = new Secret("Demo-" + random(12) + "-7k", random(20));
        values.setProperty(key(realm, username, "password"), secret.password());
        values.setProperty(key(realm, username, "totp"), secret.totpSecret());
        save();
        return secret;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Tsunagu demo accounts (invented; demo only)");
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String realm, String username, String what) {
        return realm + "." + username + "." + what;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }
}
