package jp.tsunagu.app.startup;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import jp.tsunagu.ledger.search.PersonSummaries;
import jp.tsunagu.ledger.search.SummaryRebuildsDue;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;

/**
 * After the migrations ({@link DatabaseMigration} observes the start first), rebuilds in the background the person
 * summaries that a migration left outdated, tenant by tenant. The application serves meanwhile: search and lists read
 * the old summaries of a disaster until its rebuild is done.
 */
@ApplicationScoped
public class OutdatedSummaries {

    private static final Logger LOG = Logger.getLogger(OutdatedSummaries.class.getName());

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantRegistry tenants;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class) Object event) {
        var onboarded = tenants.onboarded();
        executor.execute(() -> {
            SummaryRebuildsDue due = new SummaryRebuildsDue(dataSource, new PersonSummaries());
            for (Tenant tenant : onboarded) {
                try {
                    due.rebuildDue(tenant.code());
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Outdated person summaries of tenant " + tenant.code() + " not rebuilt; tried again"
                            + " at the next start: " + e.getMessage());
                }
            }
        });
    }
}
