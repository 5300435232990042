package jp.tsunagu.ledger.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * Streams an upload to a file of its own on this node's disk, a buffer at a time (never the whole file in memory),
 * readable by the application's user only, and stops at the size limit: more than {@code max-bytes} is refused with
 * nothing kept.
 */
@ApplicationScoped
public class UploadStore {

    private static final int BUFFER = 64 * 1024;

    @Inject
    ImportSettings settings;

    public StoredUpload store(InputStream body) {
        long max = settings.limits().maxBytes();
        StoredUpload upload = new StoredUpload(create());
        try (InputStream in = body; OutputStream out = Files.newOutputStream(upload.path())) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > max) {
                    throw ImportFileException.tooLarge(max);
                }
                out.write(buffer, 0, read);
            }
            return upload;
        } catch (IOException e) {
            upload.close();
            throw new InvalidRequestException("file", "the upload did not arrive completely; send it again");
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    /** An empty file of this node's, for an upload stored elsewhere (a copy in the database) to be written to. */
    public StoredUpload reserve() {
        return new StoredUpload(create());
    }

    private Path create() {
        try {
            Path directory = Files.createDirectories(settings.directory());
            // On POSIX systems a temporary file is created readable and writable by its owner only.
            return Files.createTempFile(directory, "upload-", ".csv");
        } catch (IOException e) {
            throw new IllegalStateException("no place for an uploaded file in the import directory", e);
        }
    }
}
