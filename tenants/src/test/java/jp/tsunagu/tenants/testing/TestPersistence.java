package jp.tsunagu.tenants.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.tsunagu.tenants.testing.TestPostgres.TestDatabase;

/** The test persistence unit on a test database, and transactions the way the container would run them. */
public final class TestPersistence implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestPersistence(TestDatabase database) {
        this.factory = Persistence.createEntityManagerFactory("tenants-test", Map.of(
                "jakarta.persistence.jdbc.url", database.url()));
    }

    /** Runs the work in a transaction of a new EntityManager and commits; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void doInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    @Override
    public void close() {
        factory.close();
    }
}
