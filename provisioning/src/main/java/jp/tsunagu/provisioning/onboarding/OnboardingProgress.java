package jp.tsunagu.provisioning.onboarding;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.tsunagu.tenants.cluster.ClusterBroadcast;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.registry.OnboardingStep;
import jp.tsunagu.tenants.registry.Tenant;

/**
 * The registry's record of an onboarding. Each call commits on its own, so the steps already done survive a
 * failure in a later one and the next run carries on where this one stopped.
 */
@ApplicationScoped
public class OnboardingProgress {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClusterBroadcast broadcast;

    /** Where an onboarding starts: nothing to do, or the steps that are done already. */
    public record Start(boolean alreadyOnboarded, Set<OnboardingStep> done) {

        public boolean needs(OnboardingStep step) {
            return !alreadyOnboarded && !done.contains(step);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start begin(PrefectureCode prefecture) {
        Tenant tenant = lock(prefecture);
        if (tenant.isOnboarded()) {
            return new Start(true, EnumSet.allOf(OnboardingStep.class));
        }
        tenant.beginOnboarding();
        Set<OnboardingStep> done = EnumSet.noneOf(OnboardingStep.class);
        for (OnboardingStep step : OnboardingStep.values()) {
            if (tenant.isDone(step)) {
                done.add(step);
            }
        }
        return new Start(false, done);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stepDone(PrefectureCode prefecture, OnboardingStep step) {
        lock(prefecture).completeStep(step, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onboarded(PrefectureCode prefecture) {
        lock(prefecture).markOnboarded(clock.instant());
        // Every node trusts the realm from the commit on, not when its cache of the registry expires.
        broadcast.publish(new ClusterSignal.TenantChanged(prefecture));
    }

    // Two operators onboarding the same prefecture at once take turns on the registry row.
    private Tenant lock(PrefectureCode prefecture) {
        Tenant tenant = em.find(Tenant.class, prefecture.value(), LockModeType.PESSIMISTIC_WRITE);
        if (tenant == null) {
            throw new NotFoundException("no tenant for this prefecture code");
        }
        return tenant;
    }
}
