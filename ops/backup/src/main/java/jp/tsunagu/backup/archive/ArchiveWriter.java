package jp.tsunagu.backup.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.tsunagu.backup.BackupRefusedException;
import jp.tsunagu.backup.database.CopyTextDigest;
import jp.tsunagu.backup.database.TableDigest;

/**
 * Writes an archive: a zip file with one entry per table, then the manifest, last, because it holds the checksums
 * computed while the tables streamed in (readers find it through the zip's central directory). The file is written
 * under a temporary name, readable by its owner only (it holds personal data), and gets its name only when complete,
 * so a backup that fails halfway never leaves a file that looks like an archive. It never overwrites a file.
 */
public final class ArchiveWriter implements AutoCloseable {

    /** Writes one table's COPY text. */
    @FunctionalInterface
    public interface TableContent {
        void writeTo(OutputStream out) throws SQLException, IOException;
    }

    private final Path target;
    private final Path partial;
    private final ZipOutputStream zip;
    private boolean finished;

    private ArchiveWriter(Path target, Path partial, ZipOutputStream zip) {
        this.target = target;
        this.partial = partial;
        this.zip = zip;
    }

    public static ArchiveWriter create(Path target) {
        if (Files.exists(target)) {
            throw new BackupRefusedException("the output file exists already; a backup never overwrites one: choose another name");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            OutputStream file = Files.newOutputStream(createOwnerOnly(partial), StandardOpenOption.WRITE);
            return new ArchiveWriter(target, partial, new ZipOutputStream(new BufferedOutputStream(file, 1 << 16)));
        } catch (FileAlreadyExistsException e) {
            throw new BackupRefusedException("a file " + partial.getFileName() + " exists: another backup may be writing it;"
                    + " remove it if none is");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output file", e);
        }
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    /** Adds a table's entry and returns the count and checksum of what was written. */
    public TableDigest writeTable(String table, TableContent content) throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(TableEntry.entryName(table)));
        CopyTextDigest.Tee tee = CopyTextDigest.tee(zip);
        content.writeTo(tee);
        tee.flush();
        zip.closeEntry();
        return tee.result();
    }

    /** Writes the manifest and gives the archive its name. */
    public void finish(Manifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(ManifestJson.toBytes(manifest));
        zip.closeEntry();
        zip.close();
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    /** Without {@link #finish}, removes what was written: half an archive is no backup. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
