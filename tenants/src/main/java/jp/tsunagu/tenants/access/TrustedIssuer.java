package jp.tsunagu.tenants.access;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A realm whose tokens the API accepts: the exact {@code iss} string, where its signing keys are fetched (the
 * application may reach Keycloak at another address than browsers do), and the tenant it speaks for.
 *
 * @param issuer  the exact issuer string in the realm's tokens
 * @param jwksUri the realm's JWK set as the application reaches it
 * @param tenant  the tenant of a prefecture realm; empty for the operator realm
 */
public record TrustedIssuer(String issuer, URI jwksUri, Optional<PrefectureCode> tenant) {

    public TrustedIssuer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(tenant, "tenant");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("an issuer is required");
        }
        // Keys come from our own configuration, but a file: or relative URI here would be a wiring mistake.
        String scheme = jwksUri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a JWK set is fetched over http or https");
        }
    }

    public static TrustedIssuer ofTenant(PrefectureCode tenant, String issuer, URI jwksUri) {
        return new TrustedIssuer(issuer, jwksUri, Optional.of(tenant));
    }

    public static TrustedIssuer ofOperators(String issuer, URI jwksUri) {
        return new TrustedIssuer(issuer, jwksUri, Optional.empty());
    }

    public boolean isOperatorRealm() {
        return tenant.isEmpty();
    }
}
