package jp.tsunagu.app.startup;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;
import jp.tsunagu.tenants.schema.CustomPlans;
import jp.tsunagu.tenants.schema.NoTenantDefault;
import jp.tsunagu.tenants.schema.RegistryChangelog;
import jp.tsunagu.tenants.schema.RegistryMigrator;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * Brings the database up to date before the application serves anything: the shared registry first, then
 * every onboarded tenant's schema, so a release that adds a tenant migration reaches all prefectures at once.
 * A failure stops the deployment: serving with an outdated schema would be worse than not serving.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    RegistryMigrator registry;

    @Inject
    @Any
    Instance<RegistryChangelog> registryContributions;

    @Inject
    TenantSchemaMigrator tenantSchemas;

    @Inject
    TenantRegistry tenants;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long start = System.nanoTime();
        // The whole isolation design rests on connections starting in the empty no_tenant schema: refuse to start
        // if the pool was configured otherwise (e.g. a URL with its own currentSchema).
        NoTenantDefault.verify(dataSource);
        CustomPlans.verify(dataSource);
        registry.migrate(dataSource, registryContributions.stream().toList());
        int migrated = 0;
        for (Tenant tenant : tenants.onboarded()) {
            tenantSchemas.migrate(tenant.code(), dataSource);
            migrated++;
        }
        int schemas = migrated;
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Database up to date: registry and " + schemas + " tenant schema(s) in " + millis + " ms");
    }
}
