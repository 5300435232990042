package jp.tsunagu.tenants.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant T0 = Instant.parse("2024-01-01T16:10:00Z");

    @Test
    void startsDormant() {
        Tenant tenant = new Tenant(PrefectureCode.of(17));
        assertEquals(TenantStatus.DORMANT, tenant.status());
        assertFalse(tenant.isOnboarded());
        assertEquals(Optional.of(OnboardingStep.SCHEMA), tenant.nextStep());
    }

    @Test
    void isOnboardedAfterEveryStepInOrder() {
        Tenant tenant = onboarding();
        for (OnboardingStep step : OnboardingStep.values()) {
            tenant.completeStep(step, T0);
        }
        tenant.markOnboarded(T0.plusSeconds(60));
        assertTrue(tenant.isOnboarded());
        assertEquals(Optional.of(T0.plusSeconds(60)), tenant.onboardedAt());
    }

    @Test
    void aStoppedOnboardingResumesAtTheFirstStepNotDone() {
        Tenant tenant = onboarding();
        tenant.completeStep(OnboardingStep.SCHEMA, T0);
        tenant.completeStep(OnboardingStep.REALM, T0);
        tenant.beginOnboarding(); // the retry after a crash
        assertEquals(TenantStatus.ONBOARDING, tenant.status());
        assertEquals(Optional.of(OnboardingStep.CLIENTS), tenant.nextStep());
    }

    @Test
    void completingAStepAgainKeepsWhenItWasFirstDone() {
        Tenant tenant = onboarding();
        tenant.completeStep(OnboardingStep.SCHEMA, T0);
        tenant.completeStep(OnboardingStep.SCHEMA, T0.plusSeconds(5));
        assertEquals(Optional.of(T0), tenant.doneAt(OnboardingStep.SCHEMA));
    }

    @Test
    void refusesAStepBeforeTheOneItNeeds() {
        Tenant tenant = onboarding();
        assertThrows(TenantStateException.class, () -> tenant.completeStep(OnboardingStep.REALM, T0));
    }

    @Test
    void refusesStepsOfATenantThatIsNotOnboarding() {
        Tenant tenant = new Tenant(PrefectureCode.of(17));
        assertThrows(TenantStateException.class, () -> tenant.completeStep(OnboardingStep.SCHEMA, T0));
    }

    @Test
    void cannotBeOnboardedWithAStepMissing() {
        Tenant tenant = onboarding();
        tenant.completeStep(OnboardingStep.SCHEMA, T0);
        tenant.completeStep(OnboardingStep.REALM, T0);
        tenant.completeStep(OnboardingStep.CLIENTS, T0);
        TenantStateException e = assertThrows(TenantStateException.class, () -> tenant.markOnboarded(T0));
        assertEquals(PrefectureCode.of(17), e.tenant());
        assertFalse(tenant.isOnboarded());
    }

    @Test
    void anOnboardedTenantCannotBeginAgain() {
        Tenant tenant = onboarding();
        for (OnboardingStep step : OnboardingStep.values()) {
            tenant.completeStep(step, T0);
        }
        tenant.markOnboarded(T0);
        assertThrows(TenantStateException.class, tenant::beginOnboarding);
    }

    @Test
    void lastActivityOnlyMovesForward() {
        Tenant tenant = new Tenant(PrefectureCode.of(17));
        assertEquals(Optional.empty(), tenant.lastActivityAt());
        tenant.touch(T0.plusSeconds(10));
        tenant.touch(T0);
        assertEquals(Optional.of(T0.plusSeconds(10)), tenant.lastActivityAt());
    }

    private static Tenant onboarding() {
        Tenant tenant = new Tenant(PrefectureCode.of(17));
        tenant.beginOnboarding();
        return tenant;
    }
}
