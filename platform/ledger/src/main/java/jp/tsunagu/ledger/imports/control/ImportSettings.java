package jp.tsunagu.ledger.imports.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.ledger.imports.csv.ImportLimits;

/**
 * How this node takes imports, from MicroProfile Config: {@code tsunagu.ledger.import.max-bytes} (largest file,
 * default 512 MiB), {@code tsunagu.ledger.import.directory} (where uploads wait for their job; default
 * {@code tsunagu-imports} in the JVM's temporary directory: they hold personal data, so point it at a private, local
 * disk) and {@code tsunagu.ledger.import.max-running} (imports running or queued at once on this node, default 4: each
 * holds two database connections and its file on disk), {@code tsunagu.ledger.import.takeover-interval} (how often each
 * node looks for imports of dead nodes to resume, default 10 s) and {@code tsunagu.ledger.import.max-takeovers} (how
 * often one import may be taken over before it is given up, default 3).
 */
@ApplicationScoped
public class ImportSettings {

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.import.max-bytes", defaultValue = "536870912")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.import.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.import.max-running", defaultValue = "4")
    int maxRunning;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.import.takeover-interval", defaultValue = "PT10S")
    Duration takeoverInterval;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.import.max-takeovers", defaultValue = "3")
    int maxTakeovers;

    public ImportLimits limits() {
        return new ImportLimits(maxBytes, ImportLimits.DEFAULT.maxFieldChars(), ImportLimits.DEFAULT.maxColumns());
    }

    public Path directory() {
        return directory.map(Path::of).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "tsunagu-imports"));
    }

    public int maxRunning() {
        return maxRunning;
    }

    /** How often every node looks for imports whose node died ({@link ImportTakeover}). */
    public Duration takeoverInterval() {
        return takeoverInterval;
    }

    /** How often one batch may be taken over before it is given up (a run that fails every time). */
    public int maxTakeovers() {
        return maxTakeovers;
    }
}
