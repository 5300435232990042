package jp.tsunagu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.backup.archive.ArchiveReader;
import jp.tsunagu.backup.archive.ArchiveVerifier;
import jp.tsunagu.backup.cli.ReleaseChangelogs;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.testing.Archives;
import jp.tsunagu.backup.testing.SchemaFigures;
import jp.tsunagu.backup.testing.TestDatabase;
import jp.tsunagu.backup.testing.ZipRewrite;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantChangelog;

/**
 * Every refusal happens before anything is dropped: a damaged archive, a schema with data and no --replace, another
 * tenant's archive not named as such, another release's changesets. Tenant 17's schema is the one at risk throughout.
 */
class RestoreRefusalsTest {

    private static final PrefectureCode TOYAMA = PrefectureCode.of(16);
    private static final List<TenantChangelog> RELEASE = ReleaseChangelogs.ALL;

    @TempDir
    static Path directory;

    static TestDatabase database;
    static Path archive;
    static Map<String, TableDigest> tenant17;

    @BeforeAll
    static void backUpTenant17() {
        database = TestDatabase.withTenant17();
        database.execute("INSERT INTO tenant_17.disaster_instance (id, name, disaster_type, occurred_on, relief_act_applied_on, status)"
                + " VALUES ('7d0d1a9e-1111-4b52-9a53-000000000017', '令和6年能登半島地震', 'EARTHQUAKE', date '2024-01-01', date '2024-01-01', 'ACTIVE')");
        database.execute("INSERT INTO tenant_17.support_organisation (id, name, kind, registered_at)"
                + " VALUES ('7d0d1a9e-2222-4b52-9a53-000000000017', '石川県社会福祉協議会', 'SOCIAL_WELFARE_COUNCIL', now())");
        archive = directory.resolve("tenant-17.zip");
        Archives.backUp(database, TestDatabase.ISHIKAWA, archive);
        tenant17 = SchemaFigures.of(database.dataSource(), "tenant_17");
    }

    private static void assertTenant17Untouched() {
        assertEquals(tenant17, SchemaFigures.of(database.dataSource(), "tenant_17"), "tenant 17's schema is as it was");
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeTheSchemaItWouldReplaceIsDropped() {
        Path damaged = ZipRewrite.rewrite(archive, directory.resolve("damaged.zip"),
                Map.of("tables/disaster_instance.copy", text -> text.replace("EARTHQUAKE", "TSUNAMI")));
        ArchiveInvalidException refused = assertThrows(ArchiveInvalidException.class, () ->
                Archives.restore(database, damaged, RELEASE, RestoreOptions.asArchived().replacing()));
        assertTrue(refused.getMessage().contains("disaster_instance: the checksum differs"), refused.getMessage());
        assertFalse(refused.getMessage().contains("TSUNAMI") || refused.getMessage().contains("能登"), "names, never values");
        assertTenant17Untouched();
        try (ArchiveReader reader = ArchiveReader.open(damaged)) {
            assertThrows(ArchiveInvalidException.class, () -> ArchiveVerifier.verify(reader), "verify finds it too");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void restoringOverASchemaWithDataIsRefusedUnlessToldToReplaceIt() {
        RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () ->
                Archives.restore(database, archive, RELEASE, RestoreOptions.asArchived()));
        assertTrue(refused.getMessage().contains("schema tenant_17 exists and is not empty") && refused.getMessage().contains("--replace"),
                refused.getMessage());
        assertTenant17Untouched();

        database.execute("DELETE FROM tenant_17.support_organisation");
        RestoreReport replaced = Archives.restore(database, archive, RELEASE, RestoreOptions.asArchived().replacing());
        assertTrue(replaced.replacedExisting());
        assertTenant17Untouched();
    }

    @Test
    void anArchiveOfAnotherTenantIsRefusedUnlessItsTenantIsNamed() {
        RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () ->
                Archives.restore(database, archive, RELEASE, RestoreOptions.asArchived().into(TOYAMA)));
        assertTrue(refused.getMessage().contains("--from-tenant 17"), refused.getMessage());
        assertThrows(RestoreRefusedException.class, () -> Archives.restore(database, archive, RELEASE,
                RestoreOptions.asArchived().into(TOYAMA).acceptingArchiveOf(PrefectureCode.of(15))), "the wrong tenant named");
        assertEquals(0, database.count("SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_16'"));

        RestoreReport moved = Archives.restore(database, archive, RELEASE,
                RestoreOptions.asArchived().into(TOYAMA).acceptingArchiveOf(TestDatabase.ISHIKAWA));
        assertEquals(TOYAMA, moved.tenant());
        assertEquals(tenant17, SchemaFigures.of(database.dataSource(), "tenant_16"));
        database.execute("DROP SCHEMA tenant_16 CASCADE");
    }

    @Test
    void aReleaseWithChangesetsTheArchiveLacksIsRefused() {
        List<TenantChangelog> later = new ArrayList<>(RELEASE);
        later.add(new TenantChangelog("db/test/backup-extra.xml", 300));
        RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () ->
                Archives.restore(database, archive, later, RestoreOptions.asArchived().replacing()));
        assertTrue(refused.getMessage().contains("this release has 1 changeset(s) the archive's schema did not (backup-test-2-later-release)"),
                refused.getMessage());
        assertTenant17Untouched();
    }

    @Test
    void anArchiveWithChangesetsThisReleaseLacksIsRefused() {
        List<TenantChangelog> later = new ArrayList<>(RELEASE);
        later.add(new TenantChangelog("db/test/backup-extra.xml", 300));
        TestDatabase newer = TestDatabase.withTenant(TestDatabase.ISHIKAWA, later);
        Path newerArchive = directory.resolve("newer-release.zip");
        Archives.backUp(newer, TestDatabase.ISHIKAWA, newerArchive);

        RestoreRefusedException refused = assertThrows(RestoreRefusedException.class, () ->
                Archives.restore(database, newerArchive, RELEASE, RestoreOptions.asArchived().replacing()));
        assertTrue(refused.getMessage().contains("the archive's schema had 1 changeset(s) this release does not (backup-test-2-later-release)")
                && refused.getMessage().contains("restore with the release that took the backup"), refused.getMessage());
        assertTenant17Untouched();
    }
}
