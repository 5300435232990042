package jp.tsunagu.provisioning.figures;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.provisioning.accounts.StaffDirectory;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** Counts about one tenant's disaster instances and accounts, for the operator plane: numbers, never people. */
@ApplicationScoped
public class ProvisioningFigures {

    @Inject
    TenantWork work;

    @Inject
    DisasterInstances disasters;

    @Inject
    AccountGrants grants;

    @Inject
    StaffDirectory directory;

    @Inject
    Clock clock;

    public record Figures(long activeDisasterInstances, long activeGrants, long accounts) {
    }

    public Figures of(PrefectureCode tenant) {
        Figures inSchema = work.run(tenant, () -> new Figures(disasters.countActive(),
                grants.countActive(clock.instant()), 0));
        return new Figures(inSchema.activeDisasterInstances(), inSchema.activeGrants(), directory.countAccounts(tenant));
    }
}
