package jp.tsunagu.provisioning.onboarding;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.accounts.ProvisionedAccount;
import jp.tsunagu.provisioning.accounts.StaffAccount;
import jp.tsunagu.provisioning.accounts.StaffDirectory;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;
import jp.tsunagu.tenants.registry.OnboardingStep;
import jp.tsunagu.tenants.schema.TenantSchemaMigrator;

/**
 * Onboards a prefecture (a national operator's action): its schema with every tenant migration, its realm with
 * OTP enforced and its clients, and its first prefecture admin. Every step is idempotent and recorded when done,
 * so a run that failed half-way is finished by the next one, and a run on an onboarded tenant changes nothing.
 */
@ApplicationScoped
public class TenantOnboarding {

    @Inject
    OnboardingProgress progress;

    @Inject
    TenantSchemaMigrator schemas;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    StaffDirectory directory;

    @Inject
    ReferenceData referenceData;

    @Resource(lookup = "java:app/jdbc/tsunagu")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tsunagu.public.url")
    URI publicUrl;

    /** What onboarding did: nothing (already onboarded), or the remaining steps, with the first admin's login. */
    public record OnboardingResult(PrefectureCode prefecture, boolean alreadyOnboarded, Optional<String> adminUsername,
                                   Optional<String> adminTemporaryPassword) {
    }

    public OnboardingResult onboard(PrefectureCode prefecture, StaffAccount firstAdmin) {
        OnboardingProgress.Start start = progress.begin(prefecture);
        if (start.alreadyOnboarded()) {
            return new OnboardingResult(prefecture, true, Optional.empty(), Optional.empty());
        }
        // Always migrate (it is idempotent): a run resumed after a release brings the schema up to that release.
        schemas.migrate(prefecture, dataSource);
        progress.stepDone(prefecture, OnboardingStep.SCHEMA);
        if (start.needs(OnboardingStep.REALM) || start.needs(OnboardingStep.CLIENTS)) {
            // One call makes the realm with its flows, roles and clients: both steps are done when it returns.
            keycloak.ensureTenantRealm(prefecture.realmName(), referenceData.prefectureName(prefecture), publicUrl);
            progress.stepDone(prefecture, OnboardingStep.REALM);
            progress.stepDone(prefecture, OnboardingStep.CLIENTS);
        }
        Optional<String> temporaryPassword = Optional.empty();
        // Once the first admin exists, a retry (perhaps naming someone else) creates no second one.
        if (start.needs(OnboardingStep.FIRST_ADMIN)) {
            ProvisionedAccount admin = directory.ensureAccount(prefecture, firstAdmin,
                    Set.of(KeycloakNames.PREFECTURE_ADMIN_ROLE));
            temporaryPassword = admin.temporaryPassword();
            progress.stepDone(prefecture, OnboardingStep.FIRST_ADMIN);
        }
        progress.onboarded(prefecture);
        return new OnboardingResult(prefecture, false, Optional.of(firstAdmin.username()), temporaryPassword);
    }
}
