package jp.tsunagu.backup.archive;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jp.tsunagu.backup.ArchiveInvalidException;

/** Reads an archive: the manifest first (from the zip's central directory), then any table's entry as a stream. */
public final class ArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    public static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new UncheckedIOException("there is no archive file at the given path", e);
        } catch (ZipException e) {
            throw new ArchiveInvalidException("the file is not a zip archive, or it was cut short");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive", e);
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            if (entry == null) {
                throw new ArchiveInvalidException("the archive has no " + Manifest.ENTRY + ": it is not a tenant backup");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ArchiveReader(zip, ManifestJson.read(in));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof ArchiveInvalidException invalid) {
                throw invalid;
            }
            throw new ArchiveInvalidException("the archive's manifest cannot be read: it is damaged");
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Every entry's name, as stored. */
    public List<String> entryNames() {
        return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    }

    /** The table's COPY text; the caller closes it. */
    public InputStream table(TableEntry table) throws IOException {
        ZipEntry entry = zip.getEntry(table.entryName());
        if (entry == null) {
            throw new ArchiveInvalidException("table " + table.name() + ": its entry is missing from the archive");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing for a better reason
        }
    }
}
