package jp.tsunagu.tenants.access;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Typed reads of a token's claims. Only {@code iss} is read before the signature is verified. A claim of the wrong
 * JSON type makes the token malformed; the message names the claim, never its value.
 */
final class TokenClaims {

    private final JWTClaimsSet claims;

    TokenClaims(JWTClaimsSet claims) {
        this.claims = claims;
    }

    Optional<String> string(String name) throws TokenRejectedException {
        try {
            return Optional.ofNullable(claims.getStringClaim(name)).filter(value -> !value.isBlank());
        } catch (ParseException wrongType) {
            throw malformed(name);
        }
    }

    String requiredString(String name) throws TokenRejectedException {
        return string(name).orElseThrow(() -> new TokenRejectedException(RejectionReason.MALFORMED,
                "The token has no '" + name + "' claim"));
    }

    Optional<Instant> instant(String name) throws TokenRejectedException {
        try {
            return Optional.ofNullable(claims.getDateClaim(name)).map(Date::toInstant);
        } catch (ParseException wrongType) {
            throw malformed(name);
        }
    }

    Instant requiredInstant(String name) throws TokenRejectedException {
        return instant(name).orElseThrow(() -> new TokenRejectedException(RejectionReason.MALFORMED,
                "The token has no '" + name + "' claim"));
    }

    /** {@code aud} may be one string or an array in JSON; Nimbus parsed both into a list (and refused others). */
    List<String> audience() {
        return claims.getAudience();
    }

    boolean has(String name) {
        return claims.getClaim(name) != null;
    }

    /** Keycloak's realm roles: {@code realm_access.roles}. */
    Set<String> realmRoles() throws TokenRejectedException {
        Map<String, Object> realmAccess;
        try {
            realmAccess = claims.getJSONObjectClaim("realm_access");
        } catch (ParseException wrongType) {
            throw malformed("realm_access");
        }
        if (realmAccess == null || realmAccess.get("roles") == null) {
            return Set.of();
        }
        if (!(realmAccess.get("roles") instanceof List<?> roles) || !allStrings(roles)) {
            throw malformed("realm_access");
        }
        Set<String> names = new HashSet<>();
        roles.forEach(role -> names.add((String) role));
        return names;
    }

    private static boolean allStrings(List<?> values) {
        return values.stream().allMatch(String.class::isInstance);
    }

    private static TokenRejectedException malformed(String claim) {
        return new TokenRejectedException(RejectionReason.MALFORMED, "The token's '" + claim + "' claim has the wrong type");
    }
}
