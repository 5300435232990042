package jp.tsunagu.tenants.access;

import static jp.tsunagu.tenants.access.Tokens.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** Fetching, caching and rotation of realm keys against a real HTTP endpoint. */
class RealmKeysTest {

    static final PrefectureCode NIIGATA = PrefectureCode.of(15);
    static final String REALM = NIIGATA.realmName();
    static final String ISSUER = "https://login.tsunagu.example/realms/" + REALM;

    JwksServer jwks;
    TokenVerifier verifier;
    RSAKey first;

    @BeforeEach
    void start() throws Exception {
        jwks = JwksServer.start();
        first = Tokens.rsaKey("niigata-1");
        jwks.publish(REALM, first);
        RealmIssuers realms = new RealmIssuers(jwks.baseUrl(), URI.create("https://login.tsunagu.example"));
        verifier = new TokenVerifier(new OnboardedRealms(realms, NIIGATA::equals), (tenant, client) -> false,
                new RealmKeys(Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.fixed(NOW, ZoneOffset.UTC),
                TokenVerifier.DEFAULT_CLOCK_SKEW);
    }

    @AfterEach
    void stop() {
        jwks.close();
    }

    @Test
    void fetchesTheKeysOnceAndServesLaterTokensFromTheCache() throws Exception {
        for (int i = 0; i < 5; i++) {
            verifier.verify(Tokens.sign(Tokens.person(ISSUER), first));
        }
        assertEquals(1, jwks.fetches(REALM));
    }

    @Test
    void fetchesAgainWhenATokenNamesANewKeyAfterRotation() throws Exception {
        verifier.verify(Tokens.sign(Tokens.person(ISSUER), first));
        RSAKey rotated = Tokens.rsaKey("niigata-2");
        jwks.publish(REALM, rotated, first);

        assertEquals(NIIGATA, verifier.verify(Tokens.sign(Tokens.person(ISSUER), rotated)).requireTenant());
        assertEquals(2, jwks.fetches(REALM));
        verifier.verify(Tokens.sign(Tokens.person(ISSUER), first));
        assertEquals(2, jwks.fetches(REALM));
    }

    @Test
    void refusesAKeyThatWasRemovedOnceTheCacheHasRefreshed() throws Exception {
        RSAKey rotated = Tokens.rsaKey("niigata-2");
        jwks.publish(REALM, rotated);
        verifier.verify(Tokens.sign(Tokens.person(ISSUER), rotated));

        assertEquals(RejectionReason.BAD_SIGNATURE, assertThrows(TokenRejectedException.class,
                () -> verifier.verify(Tokens.sign(Tokens.person(ISSUER), first))).reason());
    }

    @Test
    void rateLimitsFetchesForInventedKeyIds() throws Exception {
        verifier.verify(Tokens.sign(Tokens.person(ISSUER), first));
        RSAKey attacker = Tokens.rsaKey("attacker");
        for (int i = 0; i < 20; i++) {
            RSAKey invented = new RSAKey.Builder(attacker).keyID("invented-" + i).build();
            assertEquals(RejectionReason.BAD_SIGNATURE, assertThrows(TokenRejectedException.class,
                    () -> verifier.verify(Tokens.sign(Tokens.person(ISSUER), invented))).reason());
        }
        assertEquals(2, jwks.fetches(REALM), "one initial fetch and one refresh within the interval");
        verifier.verify(Tokens.sign(Tokens.person(ISSUER), first));
    }

    @Test
    void saysKeysAreUnavailableWhenTheRealmCannotBeReached() {
        jwks.failFor(REALM);
        assertEquals(RejectionReason.KEYS_UNAVAILABLE, assertThrows(TokenRejectedException.class,
                () -> verifier.verify(Tokens.sign(Tokens.person(ISSUER), first))).reason());
    }

    @Test
    void refusesCacheSettingsThatWouldDisableTheRateLimit() {
        assertThrows(IllegalArgumentException.class, () -> new RealmKeys(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> new RealmKeys(Duration.ofMinutes(5), Duration.ZERO));
    }
}
