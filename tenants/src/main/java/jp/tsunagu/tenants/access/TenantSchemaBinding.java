package jp.tsunagu.tenants.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.schema.TenantSchema;

/**
 * Points the current transaction at one tenant's schema: {@code set_config('search_path', 'tenant_NN,registry',
 * true)} on the transaction's own connection. The setting is transaction-local, so PostgreSQL drops it at
 * commit or rollback and a pooled connection never carries a tenant into the next transaction; a connection
 * that was not bound keeps its default search_path {@code no_tenant}, where no tenant table exists, so an
 * unbound query fails instead of reading another tenant's rows. See docs/architecture.md, "Where each
 * tenant's data lives", for why this holds with EclipseLink's read connections and under JTA.
 */
@ApplicationScoped
public class TenantSchemaBinding {

    private static final String TENANT_PREFIX = "tenant_";

    @PersistenceContext
    EntityManager em;

    protected TenantSchemaBinding() {
        // for CDI
    }

    /** For code that runs outside CDI (tests, tools): binds the transactions of this EntityManager. */
    public TenantSchemaBinding(EntityManager em) {
        this.em = em;
    }

    /**
     * Binds the active transaction to the tenant. Binding again to the same tenant does nothing; binding to
     * another is refused. Needs an active transaction: there is nothing to bind to outside one.
     */
    public void bind(PrefectureCode tenant) {
        Connection connection = transactionConnection();
        Optional<PrefectureCode> bound = boundTenant(connection);
        if (bound.isPresent()) {
            if (!bound.get().equals(tenant)) {
                throw new TenantMismatchException(bound.get(), tenant);
            }
            return;
        }
        setSearchPath(connection, TenantSchema.of(tenant).searchPath());
    }

    /** The tenant the active transaction is bound to, if any. */
    public Optional<PrefectureCode> boundTenant() {
        return boundTenant(transactionConnection());
    }

    // EclipseLink hands out the connection of the active transaction and, having done so, runs every later
    // query of this persistence context on that same connection (it begins its transaction early).
    private Connection transactionConnection() {
        if (!em.isJoinedToTransaction()) {
            throw new IllegalStateException("binding a tenant needs an active transaction (@Transactional)");
        }
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the persistence provider gave no connection for the active transaction");
        }
        return connection;
    }

    // The first entry of the search path says which tenant is bound; no_tenant (the default) means none.
    private static Optional<PrefectureCode> boundTenant(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting('search_path')");
             ResultSet result = statement.executeQuery()) {
            result.next();
            String first = result.getString(1).split(",")[0].strip();
            if (!first.startsWith(TENANT_PREFIX)) {
                return Optional.empty();
            }
            return Optional.of(PrefectureCode.of(first.substring(TENANT_PREFIX.length())));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the search_path of the transaction", e);
        }
    }

    private static void setSearchPath(Connection connection, String searchPath) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            statement.setString(1, searchPath);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bind the transaction to " + searchPath, e);
        }
    }
}
