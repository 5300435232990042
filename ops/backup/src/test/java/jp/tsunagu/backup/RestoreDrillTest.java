package jp.tsunagu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.audit.trail.AuditActor;
import jp.tsunagu.audit.trail.AuditEntry;
import jp.tsunagu.audit.trail.ChainStore;
import jp.tsunagu.audit.trail.ChainVerification;
import jp.tsunagu.audit.trail.HashChain;
import jp.tsunagu.audit.trail.Outcome;
import jp.tsunagu.backup.archive.Manifest;
import jp.tsunagu.backup.archive.TableEntry;
import jp.tsunagu.backup.cli.ReleaseChangelogs;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.testing.DrillLedger;
import jp.tsunagu.backup.testing.SchemaFigures;
import jp.tsunagu.backup.testing.TestDatabase;
import jp.tsunagu.backup.testing.TestJpa;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * The restore drill (issue 5) on real PostgreSQL: tenant 17's ledger filled through the application's own code, backed
 * up, its schema dropped, restored from the archive, and shown identical: every table's rows and checksum as before the
 * drop, and persons read through the ledger as before. {@code -Dtsunagu.drill.evacuees=N} sizes it (default 3,000).
 */
class RestoreDrillTest {

    private static final String SCHEMA = "tenant_17";

    @TempDir
    static Path directory;

    static TestDatabase database;
    static TestJpa jpa;
    static DrillLedger.Filled filled;
    static Map<String, TableDigest> beforeDrop;
    static Map<String, TableDigest> afterRestore;
    static Map<UUID, LedgerView> viewsBeforeDrop;
    static Map<UUID, LedgerView> viewsAfterRestore;
    static long relationsAfterDrop;
    static Manifest manifest;
    static String accessLogHead;

    @BeforeAll
    static void backUpDropAndRestore() throws Exception {
        database = TestDatabase.withTenant17();
        jpa = new TestJpa(database);
        filled = DrillLedger.fill(database, jpa, directory, Integer.getInteger("tsunagu.drill.evacuees", 3_000));
        accessLogHead = appendToAccessLog(3);
        beforeDrop = SchemaFigures.of(database.dataSource(), SCHEMA);
        viewsBeforeDrop = views();

        Path archive = directory.resolve("tenant-17.zip");
        long start = System.nanoTime();
        manifest = new TenantBackup(database.dataSource(), BackupProgress.NONE).backUp(TestDatabase.ISHIKAWA, archive);
        double backupSeconds = (System.nanoTime() - start) / 1e9;

        database.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        relationsAfterDrop = database.count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ?", SCHEMA);

        start = System.nanoTime();
        new TenantRestore(database.dataSource(), new TenantSchemaMigrator(ReleaseChangelogs.ALL), BackupProgress.NONE)
                .restore(archive, RestoreOptions.asArchived());
        double restoreSeconds = (System.nanoTime() - start) / 1e9;
        afterRestore = SchemaFigures.of(database.dataSource(), SCHEMA);
        viewsAfterRestore = views();

        System.out.printf(Locale.ROOT, "DRILL %d evacuees: %d tables, %d rows (%d source records, %d persons), archive %.1f MB;"
                        + " backup %.1f s, restore with verification %.1f s%n", Integer.getInteger("tsunagu.drill.evacuees", 3_000),
                manifest.tables().size(), manifest.rows(), beforeDrop.get("ledger_source_record").rows(),
                beforeDrop.get("ledger_person").rows(), Files.size(archive) / 1e6, backupSeconds, restoreSeconds);
    }

    /** Entries in the tenant's access log, whose triggers refuse TRUNCATE and out-of-turn inserts; returns the head. */
    private static String appendToAccessLog(int entries) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path = tenant_17");
            c.setAutoCommit(false);
            AuditActor actor = new AuditActor("subject", "drill.staff", Optional.of("17"), "AFFECTED_MUNICIPALITY",
                    "municipality-staff", "AFFECTED_MUNICIPALITY:172049");
            List<AuditEntry> drafts = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                drafts.add(new AuditEntry(0, HashChain.storable(DrillLedger.CLOCK.instant()), "17", actor,
                        "ledger.person.read", filled.disaster().toString(), List.of(filled.survivor().toString()), null,
                        null, "internal-use", Outcome.ALLOWED, null, null, HashChain.GENESIS, null));
            }
            List<AuditEntry> sealed = new ChainStore(c).appendAll(drafts);
            c.commit();
            return sealed.getLast().hash();
        }
    }

    @Test
    void theAccessLogChainIsRestoredAsItWasAndStillVerifies() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path = tenant_17");
            ChainVerification restored = new ChainStore(c).verify();
            assertTrue(restored.intact(), restored::toString);
            assertEquals(3, restored.entries());
            assertEquals(accessLogHead, restored.headHash());
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("TRUNCATE tenant_17.audit_entry"),
                    "the triggers are on again after the restore");
            assertTrue(refused.getMessage().contains("append-only"), refused::getMessage);
        }
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    /** The persons the drill reads: the merge's survivor, the corrected person, and the first persons by id. */
    private static Map<UUID, LedgerView> views() {
        List<UUID> persons = new ArrayList<>(List.of(filled.survivor(), filled.corrected()));
        database.strings("SELECT person_id FROM tenant_17.ledger_person_summary ORDER BY person_id LIMIT 20")
                .forEach(id -> persons.add(UUID.fromString(id)));
        return jpa.inTenant(em -> persons.stream().distinct().collect(Collectors.toMap(Function.identity(),
                person -> new LedgerPersons(em, DrillLedger.CLOCK).view(filled.disaster(), person), (a, b) -> a, LinkedHashMap::new)));
    }

    @Test
    void everyTableHasTheSameRowsAndChecksumAfterTheRestoreAsBeforeTheDrop() {
        assertEquals(0, relationsAfterDrop, "the drop destroyed the schema");
        assertEquals(beforeDrop, afterRestore);
        assertEquals(filled.roster().rowsAccepted() + filled.visits().rowsAccepted() + 1,
                beforeDrop.get("ledger_source_record").rows(), "every imported row and the staff correction were there to lose");
        assertTrue(beforeDrop.get("ledger_person_merge").rows() == 1 && beforeDrop.get("disaster_lifecycle_step").rows() == 1);
    }

    @Test
    void theManifestRecordsEveryTableOfTheSchemaWithTheFiguresItHadWhenBackedUp() {
        assertEquals(beforeDrop, manifest.tables().stream().collect(Collectors.toMap(TableEntry::name, TableEntry::digest)));
        assertTrue(beforeDrop.containsKey("databasechangelog") && beforeDrop.containsKey("databasechangeloglock"),
                "Liquibase's own tables are part of the schema");
        assertEquals(database.strings("SELECT id FROM tenant_17.databasechangelog ORDER BY orderexecuted"),
                manifest.changesets().stream().map(c -> c.id()).toList());
    }

    @Test
    void personsReadTheSameThroughTheLedgerAfterTheRestore() {
        assertEquals(viewsBeforeDrop.keySet(), viewsAfterRestore.keySet());
        viewsBeforeDrop.forEach((person, before) -> {
            LedgerView after = viewsAfterRestore.get(person);
            assertEquals(before.records(), after.records(), "records of " + person);
            assertEquals(before.items(), after.items(), "derived items of " + person);
        });
        assertTrue(viewsBeforeDrop.get(filled.survivor()).records().size() >= 2, "the survivor holds the absorbed person's records");
        assertEquals(Optional.of("金沢市内の親族宅"), viewsAfterRestore.get(filled.corrected()).whereabouts());
    }

    @Test
    void migratingTheRestoredSchemaAgainChangesNothing() {
        List<String> history = database.strings("SELECT id || ' ' || dateexecuted FROM tenant_17.databasechangelog ORDER BY orderexecuted");
        new TenantSchemaMigrator(ReleaseChangelogs.ALL).migrate(TestDatabase.ISHIKAWA, database.dataSource());
        assertEquals(history, database.strings("SELECT id || ' ' || dateexecuted FROM tenant_17.databasechangelog ORDER BY orderexecuted"),
                "the application's start-up migration finds every changeset applied, with the dates it ran on");
    }

    @Test
    void theRestoredLedgerTakesNewWorkUnderItsConstraints() {
        UUID person = viewsAfterRestore.keySet().stream().skip(2).findFirst().orElseThrow();
        jpa.inTenant(em -> new LedgerPersons(em, DrillLedger.CLOCK).correct(filled.disaster(), person,
                RecordValues.builder().set(LedgerField.WHEREABOUTS, "白山市の二次避難所").build(), "移動の連絡", DrillLedger.STAFF));
        assertEquals(Optional.of("白山市の二次避難所"),
                jpa.inTenant(em -> new LedgerPersons(em, DrillLedger.CLOCK).view(filled.disaster(), person)).whereabouts());
        assertEquals(1, database.count("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = ? AND c.conname = 'ledger_link_one_active_ex'", SCHEMA), "constraints come from the migrations");
    }
}
