package jp.tsunagu.tenants.access;

import java.net.MalformedURLException;
import java.security.Key;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The signing keys of each trusted realm, fetched from its JWK set and cached. A token naming a {@code kid} not in
 * the cache makes the cache refresh (Keycloak rotated its key), but refreshes are rate-limited per realm so that
 * tokens with invented key ids cannot turn the API into a load generator for Keycloak.
 */
public final class RealmKeys {

    /** The signature algorithms Keycloak realms use; never {@code none} nor an HMAC algorithm. */
    public static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;

    private final Duration timeToLive;
    private final Duration minRefreshInterval;
    // Keyed by the whole TrustedIssuer: a realm whose JWKS address changes gets a fresh source.
    private final Map<TrustedIssuer, SigningKeySelector> selectors = new ConcurrentHashMap<>();

    /**
     * @param timeToLive         how long a fetched JWK set is used before it is fetched again
     * @param minRefreshInterval the shortest time between fetches of one realm's keys (two fetches are allowed
     *                           per interval, so a rotation right after a fetch is still seen)
     */
    public RealmKeys(Duration timeToLive, Duration minRefreshInterval) {
        this.timeToLive = requirePositive(timeToLive, "timeToLive");
        this.minRefreshInterval = requirePositive(minRefreshInterval, "minRefreshInterval");
        if (minRefreshInterval.compareTo(timeToLive) >= 0) {
            throw new IllegalArgumentException("the refresh interval must be shorter than the time to live");
        }
    }

    /** The candidate keys of this realm for the header: may be empty; throws when the keys cannot be fetched. */
    List<Key> candidates(TrustedIssuer realm, JWSHeader header) throws KeySourceException {
        return selectors.computeIfAbsent(realm, this::selectorFor).selectJWSKeys(header, null);
    }

    /** Forgets the keys of the tenant's realm (or the operator realm's, for none): the next token fetches them again. */
    public void forget(Optional<PrefectureCode> tenant) {
        selectors.keySet().removeIf(realm -> realm.tenant().equals(tenant));
    }

    private SigningKeySelector selectorFor(TrustedIssuer realm) {
        try {
            JWKSource<SecurityContext> source = JWKSourceBuilder
                    .<SecurityContext>create(realm.jwksUri().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
                    .cache(timeToLive.toMillis(), TIMEOUT_MILLIS * 2L)
                    .refreshAheadCache(false)
                    .rateLimited(minRefreshInterval.toMillis())
                    .retrying(true)
                    .build();
            return new SigningKeySelector(ACCEPTED_ALGORITHMS, source);
        } catch (MalformedURLException | IllegalArgumentException notAUrl) {
            throw new IllegalStateException("the JWK set address of a trusted realm is not a URL", notAUrl);
        }
    }

    private static Duration requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
