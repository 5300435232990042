package jp.tsunagu.operator.tenants;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.figures.ProvisioningFigures;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;

/** Every tenant with its figures. Dormant tenants have none; onboarded ones are counted inside their schema. */
@ApplicationScoped
public class TenantOverviews {

    @Inject
    TenantRegistry registry;

    @Inject
    ReferenceData referenceData;

    @Inject
    ProvisioningFigures figures;

    public List<TenantOverview> all() {
        List<TenantOverview> overviews = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            ProvisioningFigures.Figures counts = tenant.isOnboarded()
                    ? figures.of(tenant.code())
                    : new ProvisioningFigures.Figures(0, 0, 0);
            overviews.add(new TenantOverview(tenant.code().value(), referenceData.prefectureName(tenant.code()),
                    tenant.status().name(), tenant.onboardedAt().orElse(null), counts.activeDisasterInstances(),
                    counts.accounts(), counts.activeGrants(), tenant.lastActivityAt().orElse(null)));
        }
        return overviews;
    }
}
