package jp.tsunagu.tenants.access;

import java.util.Optional;

/**
 * Which token issuers are trusted right now: the realms of ONBOARDED tenants and the operator realm, nothing else.
 * Implemented by the integrator from the tenant registry (see {@link OnboardedRealms} for the usual shape).
 * Called on every request, so an implementation answers from memory or a cache.
 */
public interface IssuerDirectory {

    /** The trusted issuer whose {@code iss} is exactly this string; empty for any other string. */
    Optional<TrustedIssuer> find(String issuer);
}
