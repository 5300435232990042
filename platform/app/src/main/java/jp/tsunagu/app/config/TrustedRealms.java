package jp.tsunagu.app.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import jp.tsunagu.tenants.access.IssuerDirectory;
import jp.tsunagu.tenants.access.OnboardedRealms;
import jp.tsunagu.tenants.access.RealmIssuers;
import jp.tsunagu.tenants.registry.Tenant;
import jp.tsunagu.tenants.registry.TenantRegistry;

/**
 * Which token issuers the application trusts: the operator realm and the realms of onboarded tenants, looked up
 * in the registry on each request, so a tenant is trusted from the moment its onboarding completes.
 */
@ApplicationScoped
public class TrustedRealms {

    @Inject
    TenantRegistry registry;

    @Produces
    @Singleton
    IssuerDirectory issuers(RealmIssuers realms) {
        return new OnboardedRealms(realms, code -> registry.find(code).map(Tenant::isOnboarded).orElse(false));
    }
}
