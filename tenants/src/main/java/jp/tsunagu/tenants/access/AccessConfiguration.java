package jp.tsunagu.tenants.access;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the access beans from MicroProfile Config. The integrator supplies the {@link IssuerDirectory} and
 * {@link ServiceClientDirectory} beans (usually an {@link OnboardedRealms} over the registry, built from the
 * {@link RealmIssuers} produced here), and may supply a {@link Clock}.
 */
@ApplicationScoped
public class AccessConfiguration {

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "tsunagu.keycloak.public-url")
    Optional<String> keycloakPublicUrl;

    @Inject
    @ConfigProperty(name = "tsunagu.access.public-paths", defaultValue = "public")
    List<String> publicPaths;

    @Inject
    @ConfigProperty(name = "tsunagu.access.clock-skew", defaultValue = "PT30S")
    Duration clockSkew;

    @Inject
    @ConfigProperty(name = "tsunagu.access.jwks.cache-ttl", defaultValue = "PT5M")
    Duration jwksCacheTtl;

    @Inject
    @ConfigProperty(name = "tsunagu.access.jwks.min-refresh-interval", defaultValue = "PT30S")
    Duration jwksMinRefreshInterval;

    @Inject
    Instance<Clock> clocks;

    @Produces
    @Singleton
    RealmIssuers realmIssuers() {
        return RealmIssuers.fromConfiguration(keycloakUrl, keycloakPublicUrl);
    }

    @Produces
    @Singleton
    PublicPaths publicPaths() {
        return new PublicPaths(publicPaths);
    }

    /** One per node; every node forgets a realm's keys when told (see {@link RealmKeysRefresh}). */
    @Produces
    @Singleton
    RealmKeys realmKeys() {
        return new RealmKeys(jwksCacheTtl, jwksMinRefreshInterval);
    }

    @Produces
    @Singleton
    TokenVerifier tokenVerifier(IssuerDirectory issuers, ServiceClientDirectory serviceClients, RealmKeys keys) {
        Clock clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        return new TokenVerifier(issuers, serviceClients, keys, clock, clockSkew);
    }
}
