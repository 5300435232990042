package jp.tsunagu.tenants.access;

import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies a Keycloak access token and turns it into exactly one {@link Caller}, or refuses it. The issuer is read
 * from the unverified token only to choose which realm's keys to try; an issuer outside the {@link IssuerDirectory}
 * is refused before any key is fetched, and the tenant always comes from the directory, never from a claim.
 * Thread-safe; one instance serves the whole application.
 */
public class TokenVerifier {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    // Keycloak access tokens are a few kilobytes; anything far larger is not one of them.
    private static final int MAX_TOKEN_CHARS = 32 * 1024;

    private final IssuerDirectory issuers;
    private final RealmKeys keys;
    private final CallerRecognition recognition;
    private final Clock clock;
    private final Duration clockSkew;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    public TokenVerifier(IssuerDirectory issuers, ServiceClientDirectory serviceClients, RealmKeys keys, Clock clock,
                         Duration clockSkew) {
        this.issuers = Objects.requireNonNull(issuers, "issuers");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.recognition = new CallerRecognition(serviceClients);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the clock skew is between zero and five minutes");
        }
    }

    public Caller verify(String compactToken) throws TokenRejectedException {
        SignedJWT token = parse(compactToken);
        TrustedIssuer realm = trustedIssuerOf(token);
        verifySignature(token, realm);
        TokenClaims claims = new TokenClaims(claimsOf(token));
        checkValidityPeriod(claims);
        if (!claims.string("typ").filter(KeycloakNames.ACCESS_TOKEN_TYPE::equals).isPresent()) {
            throw new TokenRejectedException(RejectionReason.WRONG_TOKEN_TYPE);
        }
        return recognition.recognise(claims, realm);
    }

    private static SignedJWT parse(String compactToken) throws TokenRejectedException {
        if (compactToken == null || compactToken.isBlank() || compactToken.length() > MAX_TOKEN_CHARS) {
            throw new TokenRejectedException(RejectionReason.MALFORMED);
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(compactToken);
        } catch (ParseException notAJwt) {
            throw new TokenRejectedException(RejectionReason.MALFORMED); // the cause would quote the token
        }
        if (parsed instanceof PlainJWT) {
            throw new TokenRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM, "An unsigned token is not accepted");
        }
        if (!(parsed instanceof SignedJWT signed)) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, "An encrypted token is not accepted");
        }
        JWSHeader header = signed.getHeader();
        if (!RealmKeys.ACCEPTED_ALGORITHMS.contains(header.getAlgorithm())) {
            throw new TokenRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM);
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, "The token names no signing key");
        }
        return signed;
    }

    private TrustedIssuer trustedIssuerOf(SignedJWT token) throws TokenRejectedException {
        String issuer = new TokenClaims(claimsOf(token)).requiredString("iss"); // not verified yet: only a lookup key
        return issuers.find(issuer)
                // Guards against a directory that matches loosely (prefix, case): the issuer must be exactly equal.
                .filter(trusted -> trusted.issuer().equals(issuer))
                .orElseThrow(() -> new TokenRejectedException(RejectionReason.UNKNOWN_ISSUER));
    }

    private void verifySignature(SignedJWT token, TrustedIssuer realm) throws TokenRejectedException {
        List<Key> candidates;
        try {
            candidates = keys.candidates(realm, token.getHeader());
        } catch (RateLimitReachedException refreshRefused) {
            // An unknown kid seen again too soon: treat as no key, not as an outage.
            throw new TokenRejectedException(RejectionReason.BAD_SIGNATURE, "No signing key of the realm matches the token");
        } catch (KeySourceException unreachable) {
            throw new TokenRejectedException(RejectionReason.KEYS_UNAVAILABLE, RejectionReason.KEYS_UNAVAILABLE.description(),
                    unreachable);
        }
        for (Key key : candidates) {
            try {
                if (token.verify(verifiers.createJWSVerifier(token.getHeader(), key))) {
                    return;
                }
            } catch (JOSEException unusableKey) {
                // try the next candidate; refused below if none verifies
            }
        }
        throw new TokenRejectedException(RejectionReason.BAD_SIGNATURE);
    }

    private void checkValidityPeriod(TokenClaims claims) throws TokenRejectedException {
        Instant now = clock.instant();
        if (now.isAfter(claims.requiredInstant("exp").plus(clockSkew))) {
            throw new TokenRejectedException(RejectionReason.EXPIRED);
        }
        Instant latestAcceptable = now.plus(clockSkew);
        if (claims.instant("nbf").filter(latestAcceptable::isBefore).isPresent()) {
            throw new TokenRejectedException(RejectionReason.NOT_YET_VALID);
        }
        if (claims.requiredInstant("iat").isAfter(latestAcceptable)) {
            throw new TokenRejectedException(RejectionReason.NOT_YET_VALID, "The token was issued in the future");
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT token) throws TokenRejectedException {
        try {
            return token.getJWTClaimsSet();
        } catch (ParseException notClaims) {
            throw new TokenRejectedException(RejectionReason.MALFORMED, "The token's payload is not a JSON claims set");
        }
    }
}
