package jp.tsunagu.ledger.testing;

import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import jp.tsunagu.tenants.access.TenantSchemaBinding;

/** The test persistence unit on a test database; each transaction bound to tenant 17 as the application binds it. */
public final class TestJpa implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestJpa(TestDatabase database) {
        this.factory = Persistence.createEntityManagerFactory("ledger-test", Map.of("jakarta.persistence.jdbc.url", database.url()));
    }

    public <T> T inTenant(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            new TenantSchemaBinding(em).bind(TestDatabase.ISHIKAWA);
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

    @Override
    public void close() {
        factory.close();
    }
}
