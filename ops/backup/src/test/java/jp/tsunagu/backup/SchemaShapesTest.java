package jp.tsunagu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.testing.Archives;
import jp.tsunagu.backup.testing.SchemaFigures;
import jp.tsunagu.backup.testing.TestDatabase;
import jp.tsunagu.tenants.schema.TenantChangelog;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * Table shapes the ledger does not have yet but a tenant schema may: sequences, tables without a primary key, text
 * keys under another collation, generated columns, foreign keys that cannot be deferred.
 */
class SchemaShapesTest {

    private static final List<TenantChangelog> SHAPES = List.of(new TenantChangelog("db/test/backup-shapes.xml", 10));
    private static final String SCHEMA = "tenant_17";

    @TempDir
    Path directory;

    private static TestDatabase filled(TestDatabase database) {
        new TenantSchemaMigrator(SHAPES).migrate(TestDatabase.ISHIKAWA, database.dataSource());
        database.execute("INSERT INTO tenant_17.counted_row (label) SELECT 'row ' || n FROM generate_series(1, 5) n");
        database.execute("DELETE FROM tenant_17.counted_row WHERE id = 5");
        database.execute("INSERT INTO tenant_17.keyless_row VALUES ('同じ行', 1), ('同じ行', 1), (NULL, NULL), ('タブ\t改行\n', 2)");
        database.execute("INSERT INTO tenant_17.tariff_label VALUES ('b', '小文字'), ('B', '大文字'), ('a', NULL), ('あ', 'ひらがな'), ('ア', 'カタカナ')");
        database.execute("INSERT INTO tenant_17.priced_row (id, label, net) VALUES (1, 'B', 1000), (2, 'あ', 333)");
        return database;
    }

    private TestDatabase backUpDropAndRestore(TestDatabase database) {
        Path archive = directory.resolve("shapes.zip");
        Archives.backUp(database, TestDatabase.ISHIKAWA, archive);
        database.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        Archives.restore(database, archive, SHAPES, RestoreOptions.asArchived());
        return database;
    }

    @Test
    void aSequenceIsSetBackWhereItStoodNotToTheLargestKey() {
        TestDatabase database = backUpDropAndRestore(filled(TestDatabase.empty()));
        assertEquals(List.of("6"), database.strings("INSERT INTO tenant_17.counted_row (label) VALUES ('after') RETURNING id"),
                "row 5 was deleted before the backup: the identity had given out 5 already");
    }

    @Test
    void aTableWithoutPrimaryKeyKeepsItsDuplicateRowsAndValuesWithTabsAndNewlines() {
        TestDatabase database = filled(TestDatabase.empty());
        var before = SchemaFigures.of(database.dataSource(), SCHEMA);
        backUpDropAndRestore(database);
        assertEquals(before, SchemaFigures.of(database.dataSource(), SCHEMA));
        assertEquals(2, database.count("SELECT count(*) FROM tenant_17.keyless_row WHERE label = '同じ行'"));
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.keyless_row WHERE label = E'タブ\\t改行\\n'"));
    }

    @Test
    void aGeneratedColumnIsNotArchivedButComputedAgain() {
        TestDatabase database = filled(TestDatabase.empty());
        Manifest manifest = Archives.backUp(database, TestDatabase.ISHIKAWA, directory.resolve("generated.zip"));
        assertEquals(List.of("id", "label", "net"), manifest.table("priced_row").orElseThrow().columns());
        database.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        Archives.restore(database, directory.resolve("generated.zip"), SHAPES, RestoreOptions.asArchived());
        assertEquals(List.of("1100", "366"), database.strings("SELECT gross FROM tenant_17.priced_row ORDER BY id"));
    }

    @Test
    void checksumsDoNotDependOnTheCollationOfTheDatabase() {
        TestDatabase japanese = filled(TestDatabase.emptyCollatedBy("ja-JP"));
        assertEquals(List.of("a", "b", "B"), japanese.strings(
                "SELECT label FROM tenant_17.tariff_label WHERE label IN ('a', 'b', 'B') ORDER BY label"), "the source database sorts text its own way");
        Path archive = directory.resolve("collated.zip");
        Archives.backUp(japanese, TestDatabase.ISHIKAWA, archive);

        TestDatabase plain = TestDatabase.empty();
        Archives.restore(plain, archive, SHAPES, RestoreOptions.asArchived());
        assertEquals(SchemaFigures.of(japanese.dataSource(), SCHEMA), SchemaFigures.of(plain.dataSource(), SCHEMA));
        assertFalse(plain.strings("SELECT label FROM tenant_17.tariff_label ORDER BY label").equals(
                japanese.strings("SELECT label FROM tenant_17.tariff_label ORDER BY label")), "the two databases do sort differently");
    }
}
