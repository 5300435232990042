package jp.tsunagu.backup.testing;

import java.nio.file.Path;
import java.util.List;

import jp.tsunagu.backup.BackupProgress;
import jp.tsunagu.backup.RestoreOptions;
import jp.tsunagu.backup.RestoreReport;
import jp.tsunagu.backup.TenantBackup;
import jp.tsunagu.backup.TenantRestore;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantChangelog;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/** Backs a test database's tenant up and restores archives into one, with the changelogs a test names. */
public final class Archives {

    private Archives() {
    }

    public static Manifest backUp(TestDatabase database, PrefectureCode tenant, Path file) {
        return new TenantBackup(database.dataSource(), BackupProgress.NONE).backUp(tenant, file);
    }

    public static RestoreReport restore(TestDatabase database, Path file, List<TenantChangelog> changelogs, RestoreOptions options) {
        return new TenantRestore(database.dataSource(), new TenantSchemaMigrator(changelogs), BackupProgress.NONE).restore(file, options);
    }
}
