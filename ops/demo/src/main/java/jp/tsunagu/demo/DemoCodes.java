package jp.tsunagu.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.TreeSet;

import jp.tsunagu.stack.Totp;

/**
 * Prints the current TOTP code of every demo account, for a person trying the demo without an authenticator app:
 * {@code "$JAVA_HOME/bin/java" -cp ops/demo/target/classes:ops/stack/target/classes jp.tsunagu.demo.DemoCodes}
 * (add {@code -Dtsunagu.data=DIR} for another data directory). It needs nothing but those two class folders.
 */
public final class DemoCodes {

    static final String SECRETS_FILE = "demo-accounts.properties";

    private DemoCodes() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("tsunagu.data",
                Path.of(System.getProperty("user.home"), ".tsunagu", "demo").toString()));
        Path file = data.resolve(SECRETS_FILE);
        if (!Files.isRegularFile(file)) {
            System.err.println("No demo accounts in " + file + ": start the demo first with ./mvnw -Pdemo");
            System.exit(1);
        }
        Properties secrets = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            secrets.load(in);
        }
        Instant now = Instant.now();
        long secondsLeft = 30 - now.getEpochSecond() % 30;
        for (String key : new TreeSet<>(secrets.stringPropertyNames())) {
            if (key.endsWith(".totp")) {
                String account = key.substring(0, key.length() - ".totp".length());
                System.out.printf("%-32s %s%n", account, Totp.fromKeycloakSecret(secrets.getProperty(key)).codeAt(now));
            }
        }
        System.out.println("(valid for " + secondsLeft + " more seconds)");
    }
}
