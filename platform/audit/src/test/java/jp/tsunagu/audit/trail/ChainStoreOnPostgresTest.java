package jp.tsunagu.audit.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.tsunagu.audit.AuditChangelog;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * The chain in a real tenant schema migrated by the audit changelog (PostgreSQL 18): appends from many connections at
 * once stay one unbroken chain; the triggers refuse changing, deleting, truncating and appending out of turn; what an
 * owner does with the triggers switched off is found by verification.
 */
class ChainStoreOnPostgresTest {

    private static EmbeddedPostgres server;
    private static int databases;
    private DataSource tenant;

    @BeforeAll
    static void start() throws IOException {
        // As production runs: every commit waits for its WAL flush (the embedded server's default is off).
        server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @BeforeEach
    void freshTenant() throws SQLException {
        String name = "audit_" + (++databases);
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(server.getJdbcUrl("postgres", name));
        new TenantSchemaMigrator(List.of(AuditChangelog.TABLES)).migrate(PrefectureCode.of(17), plain);
        PGSimpleDataSource bound = new PGSimpleDataSource();
        bound.setUrl(server.getJdbcUrl("postgres", name) + "&currentSchema=tenant_17");
        tenant = bound;
    }

    private AuditEntry append(int n) throws SQLException {
        try (Connection c = tenant.getConnection()) {
            c.setAutoCommit(false);
            AuditEntry appended = new ChainStore(c).append(Entries.draft(n));
            c.commit();
            return appended;
        }
    }

    private ChainVerification verify() throws SQLException {
        try (Connection c = tenant.getConnection()) {
            return new ChainStore(c).verify();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = tenant.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void appendsChainAndReadBackAsWritten() throws SQLException {
        AuditEntry first = append(1);
        AuditEntry second = append(2);
        assertEquals(1, first.seq());
        assertEquals(HashChain.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        List<AuditEntry> stored = new ArrayList<>();
        try (Connection c = tenant.getConnection()) {
            new ChainStore(c).each(stored::add);
        }
        assertEquals(List.of(first, second), stored);
        ChainVerification result = verify();
        assertTrue(result.intact());
        assertEquals(2, result.entries());
        assertEquals(second.hash(), result.headHash());
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            done.add(pool.submit(() -> {
                try (Connection c = tenant.getConnection()) {
                    c.setAutoCommit(false);
                    ChainStore store = new ChainStore(c);
                    for (int i = 1; i <= each; i++) {
                        store.append(Entries.draft(base + i));
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        ChainVerification result = verify();
        assertTrue(result.intact(), result::toString);
        assertEquals(threads * each, result.entries());
        assertEquals(threads * each, result.headSeq());
        // Not a speed target (docs/performance.md has the benchmark); shows the order of magnitude in the build log.
        System.out.printf("audit chain: %d appends from %d connections in %.2f s (%.0f/s, a connection each)%n",
                threads * each, threads, seconds, threads * each / seconds);
    }

    @Test
    void groupedAppendsFromManyThreadsFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 250;
        try (Connection c = tenant.getConnection()) {
            c.setAutoCommit(false);
            ChainStore store = new ChainStore(c);
            GroupCommit<AuditEntry, AuditEntry> group = new GroupCommit<>(batch -> {
                try {
                    List<AuditEntry> sealed = store.appendAll(batch);
                    c.commit();
                    return sealed;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 256);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= each; i++) {
                        group.submit(Entries.draft(base + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("audit chain: %d grouped appends from %d threads in %.2f s (%.0f/s)%n",
                    threads * each, threads, seconds, threads * each / seconds);
        }
        ChainVerification result = verify();
        assertTrue(result.intact(), result::toString);
        assertEquals(threads * each, result.entries());
    }

    @Test
    void anAppendOutsideATransactionIsRefused() throws SQLException {
        try (Connection c = tenant.getConnection()) {
            assertThrows(IllegalStateException.class, () -> new ChainStore(c).append(Entries.draft(1)));
        }
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncate() throws SQLException {
        append(1);
        append(2);
        for (String change : List.of("UPDATE audit_entry SET actor_username = 'someone' WHERE seq = 1",
                "DELETE FROM audit_entry WHERE seq = 2", "TRUNCATE audit_entry",
                "DELETE FROM audit_chain_head", "UPDATE audit_chain_head SET seq = 1",
                "INSERT INTO audit_chain_head (id, seq, hash) VALUES (2, 0, repeat('0', 64))")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(change), change);
            assertTrue(Optional.ofNullable(refused.getMessage()).orElse("").contains("audit"), refused::getMessage);
        }
        assertTrue(verify().intact());
        assertEquals(2, verify().entries());
    }

    @Test
    void anInsertMustContinueTheHead() throws SQLException {
        AuditEntry first = append(1);
        String copy = "INSERT INTO audit_entry SELECT 5, recorded_at, chain, actor_subject, actor_username, actor_tenant,"
                + " actor_capacity, actor_roles, actor_scope, action, disaster, subjects, query, items, legal_basis,"
                + " outcome, refusal, reference, previous_hash, md5('x') || md5('y') FROM audit_entry WHERE seq = 1";
        assertThrows(SQLException.class, () -> execute(copy));
        assertThrows(SQLException.class, () -> execute(copy.replace("SELECT 5", "SELECT 2")),
                "the previous hash must be the head's");
        assertEquals(first.hash(), verify().headHash());
    }

    @Test
    void whatAnOwnerDoesWithTheTriggersOffIsFoundByVerification() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            append(i);
        }
        execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
        execute("UPDATE audit_entry SET subjects = ARRAY['other'] WHERE seq = 3");
        ChainVerification edited = verify();
        assertFalse(edited.intact());
        assertEquals(3, edited.brokenAt().getAsLong());
        assertEquals(Optional.of("hash"), edited.problem());

        freshTenant();
        for (int i = 1; i <= 5; i++) {
            append(i);
        }
        execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
        execute("DELETE FROM audit_entry WHERE seq = 5");
        ChainVerification cut = verify();
        assertEquals(5, cut.brokenAt().getAsLong());
        assertEquals(Optional.of("head"), cut.problem());
    }

    @Test
    void shreddingAnInstancesQueryKeyLeavesTheChainIntact() throws SQLException {
        UUID disaster = UUID.randomUUID();
        String digest;
        try (Connection c = tenant.getConnection()) {
            c.setAutoCommit(false);
            byte[] key = QueryKeys.of(c, disaster);
            assertArrayEquals(key, QueryKeys.of(c, disaster), "one key per instance");
            digest = Digests.ofQueryValue(key, "髙橋 一郎");
            assertEquals(digest, Digests.ofQueryValue(key, "髙橋一郎"), "spacing does not matter");
            new ChainStore(c).append(new AuditEntry(0, Entries.draft(1).recordedAt(), "17", Entries.STAFF,
                    "ledger.person.search", disaster.toString(), List.of(), "name=" + digest, null, "internal-use",
                    Outcome.ALLOWED, null, null, HashChain.GENESIS, null));
            assertTrue(QueryKeys.shred(c, disaster));
            assertNotEquals(digest, Digests.ofQueryValue(QueryKeys.of(c, disaster), "髙橋 一郎"),
                    "after the purge nobody can test a name against the old digests");
            c.commit();
        }
        assertTrue(verify().intact());
    }
}
