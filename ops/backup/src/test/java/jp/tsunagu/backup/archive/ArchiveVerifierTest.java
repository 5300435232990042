package jp.tsunagu.backup.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.backup.ArchiveInvalidException;
import jp.tsunagu.backup.database.CopySettings;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.migration.ChangesetId;
import jp.tsunagu.backup.testing.ZipRewrite;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** The archive checked against its manifest without a database: each way it can be damaged or altered is found. */
class ArchiveVerifierTest {

    private static final String ROWS = "1\t山田 太郎\n2\t\\N\n3\t改行\\nのある値\n";
    private static final String ENTRY = "tables/note.copy";

    @TempDir
    Path directory;

    private Path archive() throws IOException, SQLException {
        Path file = directory.resolve("tenant-17.zip");
        try (ArchiveWriter writer = ArchiveWriter.create(file)) {
            TableDigest digest = writer.writeTable("note", out -> out.write(ROWS.getBytes(UTF_8)));
            writer.finish(new Manifest(Manifest.FORMAT_VERSION, PrefectureCode.of(17), "tenant_17", Instant.parse("2024-02-01T00:00:00Z"),
                    "18.6", CopySettings.values(), List.of(new ChangesetId("db/tenant/notes.xml", "notes-1", "tsunagu")),
                    List.of(new TableEntry("note", List.of("id", "text"), List.of("id"), digest)), List.of()));
        }
        return file;
    }

    private static Manifest verify(Path file) {
        try (ArchiveReader reader = ArchiveReader.open(file)) {
            return ArchiveVerifier.verify(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refusal(Map<String, UnaryOperator<String>> changes) throws IOException, SQLException {
        Path altered = ZipRewrite.rewrite(archive(), directory.resolve("altered.zip"), changes);
        return assertThrows(ArchiveInvalidException.class, () -> verify(altered)).getMessage();
    }

    @Test
    void anIntactArchiveAgreesWithItsManifest() throws Exception {
        Manifest manifest = verify(archive());
        assertEquals(new TableDigest(3, manifest.tables().getFirst().digest().sha256()), manifest.tables().getFirst().digest());
        assertEquals(PrefectureCode.of(17), manifest.tenant());
    }

    @Test
    void aChangedValueIsFoundByTheChecksum() throws Exception {
        String message = refusal(Map.of(ENTRY, rows -> rows.replace("太郎", "次郎")));
        assertTrue(message.contains("table note: the checksum differs from the manifest's"), message);
        assertTrue(!message.contains("太郎") && !message.contains("次郎"), "names, never values");
    }

    @Test
    void aLostRowIsFoundByTheCount() throws Exception {
        String message = refusal(Map.of(ENTRY, rows -> rows.substring(0, rows.indexOf("2\t"))));
        assertTrue(message.contains("table note: 1 rows, the manifest says 3"), message);
    }

    @Test
    void aMissingTableAndAnEntryTheManifestDoesNotListAreFound() throws Exception {
        Map<String, UnaryOperator<String>> changes = new HashMap<>();
        changes.put(ENTRY, null);
        changes.put("tables/smuggled.copy", empty -> "1\tx\n");
        String message = refusal(changes);
        assertTrue(message.contains("table note: its entry is missing") && message.contains("1 entries the manifest does not list"), message);
    }

    @Test
    void anArchiveCutShortIsNoArchive() throws Exception {
        byte[] whole = Files.readAllBytes(archive());
        Path cut = Files.write(directory.resolve("cut.zip"), Arrays.copyOf(whole, whole.length - 40));
        assertEquals("the file is not a zip archive, or it was cut short",
                assertThrows(ArchiveInvalidException.class, () -> verify(cut)).getMessage());
    }

    @Test
    void aManifestThatPutsTheArchiveInAnotherTenantsSchemaIsRefused() throws Exception {
        String message = refusal(Map.of(Manifest.ENTRY, json -> json.replace("\"tenant\": \"17\"", "\"tenant\": \"16\"")));
        assertEquals("the manifest's schema is not the schema of its tenant 16", message);
    }

    @Test
    void aManifestWithATableNameThatIsNotAPlainSqlNameIsRefused() throws Exception {
        String message = refusal(Map.of(Manifest.ENTRY, json -> json.replace("\"name\": \"note\"", "\"name\": \"note\\\"; DROP SCHEMA registry; --\"")));
        assertTrue(message.contains("not a plain SQL name"), message);
    }

    @Test
    void aManifestOfANewerFormatIsRefused() throws Exception {
        String message = refusal(Map.of(Manifest.ENTRY, json -> json.replace("\"formatVersion\": 1", "\"formatVersion\": 2")));
        assertEquals("archive format version 2 is not supported; this tool reads version 1", message);
    }

    @Test
    void aZipWithoutManifestIsNotATenantBackup() throws Exception {
        Map<String, UnaryOperator<String>> changes = new HashMap<>();
        changes.put(Manifest.ENTRY, null);
        String message = refusal(changes);
        assertTrue(message.contains("has no manifest.json"), message);
    }
}
