package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.app.it.PlatformIT;

/** What the imports system tests share: the imports API as a client uses it, the ledger's rows, the upload directory. */
abstract class ImportSystemTest extends PlatformIT {

    // The application's tsunagu.ledger.import.directory in the system tests (platform/app/pom.xml).
    static final Path UPLOADS = Path.of(System.getProperty("tsunagu.it.import.directory"));

    final ImportApi imports = new ImportApi(platform.api);
    final LedgerRows ledger = new LedgerRows(platform);

    /** Uploads are deleted when their import ends or is refused (a run deletes its file as it finishes: allow a moment). */
    static void assertNoUploadLeft() {
        Instant deadline = Instant.now().plusSeconds(5);
        List<Path> left = uploads();
        while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            left = uploads();
        }
        assertEquals(List.of(), left);
    }

    private static List<Path> uploads() {
        if (!Files.isDirectory(UPLOADS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(UPLOADS)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
