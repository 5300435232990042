package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import jp.tsunagu.tenants.schema.TenantChangelog;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;
import jp.tsunagu.tenants.testing.TestPersistence;
import jp.tsunagu.tenants.testing.TestPostgres;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binding with the real JPA provider (EclipseLink, RESOURCE_LOCAL, its own pools of one connection) and
 * real PostgreSQL: two tenant schemas with the same table, each holding different rows.
 */
class TenantSchemaBindingTest {

    private static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    private static final PrefectureCode TOKYO = PrefectureCode.of(13);

    private static TestDatabase database;
    private static TestPersistence jpa;

    @BeforeAll
    static void twoTenantsWithOneNoteEach() throws SQLException {
        database = TestPostgres.freshDatabase();
        new RegistryMigrator().migrate(database.dataSource());
        var migrator = new TenantSchemaMigrator(List.of(new TenantChangelog("db/test/tenant-notes.xml", 10)));
        migrator.migrate(ISHIKAWA, database.dataSource());
        migrator.migrate(TOKYO, database.dataSource());
        execute("INSERT INTO tenant_17.note (id, text) VALUES (1, '輪島の避難所')");
        execute("INSERT INTO tenant_13.note (id, text) VALUES (1, '東京の避難所')");
        jpa = new TestPersistence(database);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void aBoundTransactionReadsItsTenantsRowsBeforeAnyWrite() {
        assertEquals(List.of("輪島の避難所"), jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            return texts(em);
        }));
        assertEquals(List.of("東京の避難所"), jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(TOKYO);
            return texts(em);
        }));
    }

    @Test
    void findByIdIsNotServedFromAnotherTenantsCache() {
        assertEquals("輪島の避難所", jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            return em.find(Note.class, 1L).text();
        }));
        assertEquals("東京の避難所", jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(TOKYO);
            return em.find(Note.class, 1L).text();
        }));
    }

    @Test
    void writesLandInTheBoundSchemaOnly() throws SQLException {
        jpa.doInTransaction(em -> {
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            em.persist(new Note(100, "珠洲の給水所"));
        });
        assertEquals(List.of("珠洲の給水所"), strings("SELECT text FROM tenant_17.note WHERE id = 100"));
        assertEquals(List.of(), strings("SELECT text FROM tenant_13.note WHERE id = 100"));
    }

    @Test
    void nativeQueriesFollowTheBindingToo() {
        assertEquals("東京の避難所", jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(TOKYO);
            return em.createNativeQuery("SELECT text FROM note WHERE id = 1").getSingleResult();
        }));
    }

    @Test
    void anUnboundTransactionCannotReachTenantData() {
        PersistenceException failure = assertThrows(PersistenceException.class, () -> jpa.inTransaction(TenantSchemaBindingTest::texts));
        assertTrue(rootMessage(failure).contains("relation \"note\" does not exist"), rootMessage(failure));
    }

    @Test
    void queriesOutsideATransactionCannotReachTenantData() {
        EntityManager em = jpa.entityManager();
        try {
            assertThrows(PersistenceException.class, () -> texts(em));
        } finally {
            em.close();
        }
    }

    @Test
    void theBindingEndsWithItsTransactionOnTheSamePooledConnection() {
        int boundConnection = jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            return backendPid(em);
        });
        jpa.doInTransaction(em -> {
            em.unwrap(Connection.class); // the transaction's connection, as a binding would take it
            assertEquals(boundConnection, backendPid(em), "the pool of one hands out the same connection");
            assertEquals("no_tenant", em.createNativeQuery("SELECT current_setting('search_path')").getSingleResult());
            assertEquals(Optional.empty(), new TenantSchemaBinding(em).boundTenant());
        });
    }

    @Test
    void theBindingEndsWithARollbackToo() {
        EntityManager em = jpa.entityManager();
        try {
            em.getTransaction().begin();
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        assertThrows(PersistenceException.class, () -> jpa.inTransaction(TenantSchemaBindingTest::texts));
    }

    @Test
    void aTransactionServesOneTenantOnly() {
        jpa.doInTransaction(em -> {
            TenantSchemaBinding binding = new TenantSchemaBinding(em);
            binding.bind(ISHIKAWA);
            binding.bind(ISHIKAWA); // again: harmless
            assertEquals(Optional.of(ISHIKAWA), binding.boundTenant());
            assertThrows(TenantMismatchException.class, () -> binding.bind(TOKYO));
            assertEquals(List.of("輪島の避難所"), texts(em));
        });
    }

    @Test
    void bindingNeedsATransaction() {
        EntityManager em = jpa.entityManager();
        try {
            assertThrows(IllegalStateException.class, () -> new TenantSchemaBinding(em).bind(ISHIKAWA));
        } finally {
            em.close();
        }
    }

    @Test
    void referenceDataIsReachableBoundOrNot() {
        assertEquals("石川県", jpa.inTransaction(em -> new ReferenceData(em).prefectureName(ISHIKAWA)));
        assertEquals("東京都", jpa.inTransaction(em -> {
            new TenantSchemaBinding(em).bind(ISHIKAWA);
            return new ReferenceData(em).prefectureName(TOKYO);
        }));
    }

    // The rows seeded before all tests; writes from tests use ids from 100.
    private static List<String> texts(EntityManager em) {
        return em.createQuery("SELECT n FROM Note n WHERE n.id < 100 ORDER BY n.id", Note.class).getResultList().stream()
                .map(Note::text).toList();
    }

    private static int backendPid(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue();
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            var values = new java.util.ArrayList<String>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
