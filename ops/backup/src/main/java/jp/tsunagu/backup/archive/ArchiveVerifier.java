package jp.tsunagu.backup.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

import jp.tsunagu.backup.ArchiveInvalidException;
import jp.tsunagu.backup.database.CopySettings;
import jp.tsunagu.backup.database.CopyTextDigest;
import jp.tsunagu.backup.database.TableDigest;

/**
 * Checks an archive against its own manifest without a database: every table's entry is there and has the rows and
 * the checksum the manifest says, nothing else is in it, and it was written under the COPY settings this tool reads.
 * Reads each entry once, streaming.
 */
public final class ArchiveVerifier {

    private ArchiveVerifier() {
    }

    /** @return the manifest, once everything in the archive agrees with it */
    public static Manifest verify(ArchiveReader archive) {
        Manifest manifest = archive.manifest();
        if (!CopySettings.values().equals(manifest.copySettings())) {
            throw new ArchiveInvalidException("the archive was written under other COPY settings than this tool reads");
        }
        List<String> problems = new ArrayList<>();
        Set<String> expected = new HashSet<>(Set.of(Manifest.ENTRY));
        for (TableEntry table : manifest.tables()) {
            if (!expected.add(table.entryName())) {
                problems.add("table " + table.name() + " is listed twice");
                continue;
            }
            checkTable(archive, table).ifPresent(problems::add);
        }
        long unlisted = archive.entryNames().stream().filter(name -> !expected.contains(name)).count();
        if (unlisted > 0) {
            problems.add(unlisted + " entries the manifest does not list");
        }
        if (!problems.isEmpty()) {
            throw new ArchiveInvalidException("the archive does not match its manifest (damaged or altered): "
                    + String.join("; ", problems));
        }
        return manifest;
    }

    private static Optional<String> checkTable(ArchiveReader archive, TableEntry table) {
        TableDigest found;
        try (InputStream in = archive.table(table)) {
            found = CopyTextDigest.of(in);
        } catch (ArchiveInvalidException e) {
            return Optional.of(e.getMessage());
        } catch (ZipException e) {
            return Optional.of("table " + table.name() + ": its entry cannot be decompressed");
        } catch (IOException e) {
            return Optional.of("table " + table.name() + ": its entry cannot be read");
        }
        if (found.rows() != table.digest().rows()) {
            return Optional.of("table " + table.name() + ": " + found.rows() + " rows, the manifest says " + table.digest().rows());
        }
        if (!found.sha256().equals(table.digest().sha256())) {
            return Optional.of("table " + table.name() + ": the checksum differs from the manifest's");
        }
        return Optional.empty();
    }
}
