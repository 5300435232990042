package jp.tsunagu.tenants.access;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Keycloak-shaped access tokens, really signed with keys generated for the test. */
final class Tokens {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final String ALICE_SUBJECT = "0b4c2a58-7a1e-4a7e-9a55-6f1de0a1c001";
    static final String ALICE_USERNAME = "yamada.hanako";

    private Tokens() {
    }

    static RSAKey rsaKey(String kid) {
        return rsaKey(kid, KeyUse.SIGNATURE);
    }

    static RSAKey rsaKey(String kid, KeyUse use) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(use).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ecKey(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staff login with OTP through the web client, as Keycloak issues it. */
    static JWTClaimsSet.Builder person(String issuer, String... realmRoles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(ALICE_SUBJECT)
                .claim("preferred_username", ALICE_USERNAME)
                .audience(List.of(KeycloakNames.API_AUDIENCE, "account"))
                .claim("azp", KeycloakNames.WEB_CLIENT)
                .claim("acr", KeycloakNames.OTP_ACR)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(realmRoles)))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plusSeconds(290)));
    }

    /** A client-credentials token of a service client, as Keycloak issues it. */
    static JWTClaimsSet.Builder service(String issuer, String clientId) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", "service-account-" + clientId)
                .claim("client_id", clientId)
                .claim("azp", clientId)
                .claim("acr", "1")
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of("default-roles")))
                .issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plusSeconds(290)));
    }

    static String sign(JWTClaimsSet.Builder claims, JWK key) {
        return sign(claims, key, key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256);
    }

    static String sign(JWTClaimsSet.Builder claims, JWK key, JWSAlgorithm algorithm) {
        return sign(claims.build(), new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), key);
    }

    /** Signs any JSON as the payload, for tokens a claims builder would not produce. */
    static String signPayload(String json, RSAKey key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new Payload(json));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWTClaimsSet claims, JWSHeader header, JWK key) {
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
