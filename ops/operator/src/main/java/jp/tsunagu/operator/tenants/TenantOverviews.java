package jp.tsunagu.operator.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import jp.tsunagu.operator.traffic.TenantTraffic;
import jp.tsunagu.operator.traffic.TrafficCounts;
import jp.tsunagu.operator.traffic.TrafficFigures;
import jp.tsunagu.provisioning.figures.ProvisioningFigures;
import jp.tsunagu.provisioning.figures.VictimDataFigures;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.figures.AccessLogFigures;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;
import jp.tsunagu.tenants.schema.TenantStorage;

/** Every tenant with its figures. Dormant tenants have none; onboarded ones are counted inside their schema. */
@ApplicationScoped
public class TenantOverviews {

    @Inject
    TenantRegistry registry;

    @Inject
    ReferenceData referenceData;

    @Inject
    ProvisioningFigures figures;

    @Inject
    TenantStorage storage;

    @Inject
    TrafficFigures traffic;

    @Inject
    TenantWork work;

    @Inject
    Instance<AccessLogFigures> accessLog;

    public List<TenantOverview> all() {
        List<TenantOverview> overviews = new ArrayList<>();
        Map<String, TrafficCounts> recent = traffic.recent();
        for (Tenant tenant : registry.all()) {
            ProvisioningFigures.Figures counts = tenant.isOnboarded() ? figures.of(tenant.code()) : ProvisioningFigures.Figures.NONE;
            VictimDataFigures.Counts data = counts.victimData();
            long bytes = tenant.isOnboarded() ? storage.bytesUsed(tenant.code()) : 0;
            AccessLogFigures.Counts log = tenant.isOnboarded() && accessLog.isResolvable()
                    ? work.run(tenant.code(), () -> accessLog.get().countsInCurrentTenant()) : AccessLogFigures.Counts.NONE;
            overviews.add(new TenantOverview(tenant.code().value(), referenceData.prefectureName(tenant.code()),
                    tenant.status().name(), tenant.onboardedAt().orElse(null), counts.activeDisasterInstances(),
                    counts.accounts(), counts.activeGrants(), data.persons(), data.records(), data.importsRunning(),
                    data.importsFailed(), bytes, TenantTraffic.of(recent.getOrDefault(tenant.code().value(), TrafficCounts.NONE)),
                    tenant.lastActivityAt().orElse(null), log.entries(), log.refused(),
                    log.lastVerifiedAt().orElse(null), log.lastVerificationIntact().orElse(null)));
        }
        return overviews;
    }
}
