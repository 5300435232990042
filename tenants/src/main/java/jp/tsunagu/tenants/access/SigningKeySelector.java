package jp.tsunagu.tenants.access;

import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Picks a realm's keys for a token header: the header's {@code kid}, a key type fitting the algorithm, and only
 * keys published with {@code use=sig}. Keycloak also publishes encryption keys; a key without a stated use is not
 * trusted for signatures either.
 */
final class SigningKeySelector extends JWSVerificationKeySelector<SecurityContext> {

    SigningKeySelector(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
        super(algorithms, keys);
    }

    @Override
    protected JWKMatcher createJWKMatcher(JWSHeader header) {
        JWKMatcher forHeader = super.createJWKMatcher(header);
        if (forHeader == null) {
            return null; // algorithm not allowed: no key at all
        }
        return new JWKMatcher.Builder(forHeader).keyUse(KeyUse.SIGNATURE).build();
    }
}
