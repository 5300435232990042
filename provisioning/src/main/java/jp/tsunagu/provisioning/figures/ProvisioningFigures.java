package jp.tsunagu.provisioning.figures;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.provisioning.accounts.StaffDirectory;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Counts about one tenant's disaster instances, accounts and (through {@link VictimDataFigures}, when a module
 * provides it) victim data, for the operator plane: numbers, never people.
 */
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
    Instance<VictimDataFigures> victimData;

    @Inject
    Clock clock;

    public record Figures(long activeDisasterInstances, long activeGrants, long accounts, VictimDataFigures.Counts victimData) {

        public static final Figures NONE = new Figures(0, 0, 0, VictimDataFigures.Counts.NONE);
    }

    public Figures of(PrefectureCode tenant) {
        Figures inSchema = work.run(tenant, () -> new Figures(disasters.countActive(), grants.countActive(clock.instant()), 0,
                victimData.isResolvable() ? victimData.get().countsInCurrentTenant() : VictimDataFigures.Counts.NONE));
        return new Figures(inSchema.activeDisasterInstances(), inSchema.activeGrants(), directory.countAccounts(tenant),
                inSchema.victimData());
    }
}
