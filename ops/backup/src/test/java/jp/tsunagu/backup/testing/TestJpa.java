package jp.tsunagu.backup.testing;

import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import jp.tsunagu.tenants.access.TenantSchemaBinding;

/**
 * The drill's persistence unit (provisioning's disaster instances and the ledger's entities) on a test database;
 * each unit of work is one transaction bound to tenant 17 as the application binds it.
 */
public final class TestJpa implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestJpa(TestDatabase database) {
        this.factory = Persistence.createEntityManagerFactory("backup-drill", Map.of("jakarta.persistence.jdbc.url", database.url()));
    }

    public <T> T inTenant(Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                new TenantSchemaBinding(em).bind(TestDatabase.ISHIKAWA);
                T result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
