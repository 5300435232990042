package jp.tsunagu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.backup.archive.ArchiveReader;
import jp.tsunagu.backup.archive.ArchiveVerifier;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.testing.Archives;
import jp.tsunagu.backup.testing.TestDatabase;
import jp.tsunagu.tenants.reference.PrefectureCode;

class TenantBackupTest {

    private static final String DISASTER = "INSERT INTO tenant_17.disaster_instance (id, name, disaster_type, occurred_on,"
            + " relief_act_applied_on, status) VALUES (gen_random_uuid(), '%s', 'EARTHQUAKE', date '2024-01-01', date '2024-01-01', 'ACTIVE')";

    @TempDir
    Path directory;

    @Test
    void theArchiveIsOneSnapshotThatLeavesOutRowsCommittedWhileItWasWritten() throws IOException {
        TestDatabase database = TestDatabase.withTenant17();
        database.execute(DISASTER.formatted("令和6年能登半島地震"));
        List<String> written = new ArrayList<>();
        // After the first table, another session commits rows into tables the backup has not reached yet.
        BackupProgress concurrentWrites = (table, rows) -> {
            if (written.isEmpty()) {
                database.execute(DISASTER.formatted("令和6年奥能登豪雨"));
                database.execute("INSERT INTO tenant_17.service_client (client_id, purpose, registered_by_subject,"
                        + " registered_by_username, registered_at) VALUES ('roster-feed', 'shelter rosters', 's', 'u', now())");
            }
            written.add(table);
        };
        Path archive = directory.resolve("snapshot.zip");
        Manifest manifest = new TenantBackup(database.dataSource(), concurrentWrites).backUp(TestDatabase.ISHIKAWA, archive);

        assertTrue(written.indexOf("disaster_instance") > 0 && written.indexOf("service_client") > 0, "the tables came later");
        assertEquals(1, manifest.table("disaster_instance").orElseThrow().digest().rows());
        assertEquals(0, manifest.table("service_client").orElseThrow().digest().rows());
        assertEquals(2, database.count("SELECT count(*) FROM tenant_17.disaster_instance"), "the rows were committed");
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            assertEquals(manifest, ArchiveVerifier.verify(reader));
        }
    }

    @Test
    void theArchiveIsReadableByItsOwnerOnlyAndListsEveryTableOfTheSchema() throws IOException {
        TestDatabase database = TestDatabase.withTenant17();
        Path archive = directory.resolve("tenant-17.zip");
        Manifest manifest = Archives.backUp(database, TestDatabase.ISHIKAWA, archive);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
        assertEquals(database.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenant_17'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\""), manifest.tables().stream().map(t -> t.name()).toList());
        assertEquals(database.count("SELECT count(*) FROM tenant_17.databasechangelog"), manifest.changesets().size());
    }

    @Test
    void aBackupNeverOverwritesAFile() throws IOException {
        TestDatabase database = TestDatabase.withTenant17();
        Path existing = Files.writeString(directory.resolve("important.zip"), "not to be lost");
        assertThrows(BackupRefusedException.class, () -> Archives.backUp(database, TestDatabase.ISHIKAWA, existing));
        assertEquals("not to be lost", Files.readString(existing));
    }

    @Test
    void aTenantWithoutSchemaIsRefusedAndLeavesNoFile() {
        TestDatabase database = TestDatabase.withTenant17();
        Path archive = directory.resolve("tenant-16.zip");
        BackupRefusedException refused = assertThrows(BackupRefusedException.class,
                () -> Archives.backUp(database, PrefectureCode.of(16), archive));
        assertTrue(refused.getMessage().contains("tenant 16 has no schema tenant_16"), refused.getMessage());
        assertFalse(Files.exists(archive) || Files.exists(directory.resolve("tenant-16.zip.partial")));
    }
}
