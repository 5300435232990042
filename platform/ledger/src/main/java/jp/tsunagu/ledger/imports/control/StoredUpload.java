package jp.tsunagu.ledger.imports.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** An uploaded file on this node's disk, waiting for (or read by) its import; closing it deletes it. */
public record StoredUpload(Path path) implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoredUpload.class.getName());

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Logged without the path's directory contents; the file holds personal data and must be found and removed.
            LOG.warning(() -> "an uploaded import file could not be deleted: " + path.getFileName());
        }
    }
}
