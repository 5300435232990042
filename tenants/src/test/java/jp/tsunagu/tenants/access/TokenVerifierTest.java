package jp.tsunagu.tenants.access;

import static jp.tsunagu.tenants.access.Tokens.ALICE_SUBJECT;
import static jp.tsunagu.tenants.access.Tokens.ALICE_USERNAME;
import static jp.tsunagu.tenants.access.Tokens.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

class TokenVerifierTest {

    static final PrefectureCode TOYAMA = PrefectureCode.of(16);
    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final PrefectureCode FUKUI = PrefectureCode.of(18); // has a realm, but is not onboarded
    static final Set<PrefectureCode> ONBOARDED = Set.of(TOYAMA, ISHIKAWA, PrefectureCode.of(20),
            PrefectureCode.of(21), PrefectureCode.of(22), PrefectureCode.of(23));
    static final URI PUBLIC_KEYCLOAK = URI.create("https://login.tsunagu.example/");

    static JwksServer jwks;
    static RealmIssuers realms;
    static RSAKey toyamaKey;
    static RSAKey ishikawaKey;
    static ECKey ishikawaEcKey;
    static RSAKey fukuiKey;
    static RSAKey operatorKey;
    static RSAKey ishikawaEncryptionKey;
    static RSAKey ishikawaKeyWithoutUse;

    TokenVerifier verifier;

    @BeforeAll
    static void startRealms() throws Exception {
        jwks = JwksServer.start();
        realms = new RealmIssuers(jwks.baseUrl(), PUBLIC_KEYCLOAK);
        toyamaKey = Tokens.rsaKey("toyama-1");
        ishikawaKey = Tokens.rsaKey("ishikawa-1");
        ishikawaEcKey = Tokens.ecKey("ishikawa-ec");
        ishikawaEncryptionKey = Tokens.rsaKey("ishikawa-enc", KeyUse.ENCRYPTION);
        ishikawaKeyWithoutUse = new RSAKey.Builder(Tokens.rsaKey("ishikawa-nouse")).keyUse(null).build();
        fukuiKey = Tokens.rsaKey("fukui-1");
        operatorKey = Tokens.rsaKey("ops-1");
        jwks.publish("pref-16", toyamaKey);
        jwks.publish("pref-17", ishikawaKey, ishikawaEcKey, ishikawaEncryptionKey, ishikawaKeyWithoutUse);
        jwks.publish("pref-18", fukuiKey);
        jwks.publish(KeycloakNames.OPERATOR_REALM, operatorKey);
    }

    @AfterAll
    static void stopRealms() {
        jwks.close();
    }

    @BeforeEach
    void newVerifier() {
        verifier = verifierWith(new OnboardedRealms(realms, ONBOARDED::contains));
    }

    static TokenVerifier verifierWith(IssuerDirectory directory) {
        ServiceClientDirectory registered = (tenant, clientId) -> tenant.equals(ISHIKAWA) && clientId.equals("shelter-sync");
        return new TokenVerifier(directory, registered, new RealmKeys(Duration.ofMinutes(5), Duration.ofSeconds(30)),
                Clock.fixed(NOW, ZoneOffset.UTC), TokenVerifier.DEFAULT_CLOCK_SKEW);
    }

    static String issuer(PrefectureCode tenant) {
        return "https://login.tsunagu.example/realms/" + tenant.realmName();
    }

    static final String OPERATOR_ISSUER = "https://login.tsunagu.example/realms/tsunagu-ops";

    RejectionReason refusal(String token) {
        return assertThrows(TokenRejectedException.class, () -> verifier.verify(token)).reason();
    }

    @Nested
    class Accepts {

        @Test
        void aStaffLoginWithOtpAsAPersonOfTheRealmsTenant() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA), "municipality-staff"), ishikawaKey));

            assertEquals(CallerKind.PERSON, caller.kind());
            assertEquals(Optional.of(ISHIKAWA), caller.tenant());
            assertEquals(ALICE_SUBJECT, caller.subject());
            assertEquals(ALICE_USERNAME, caller.username());
            assertEquals(Set.of("municipality-staff"), caller.realmRoles());
            assertEquals(KeycloakNames.WEB_CLIENT, caller.clientId());
            assertFalse(caller.isPrefectureAdmin());
        }

        @Test
        void aPrefectureAdmin() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA), "prefecture-admin"), ishikawaKey));
            assertTrue(caller.isPrefectureAdmin());
        }

        @Test
        void es256AndPs256Signatures() throws Exception {
            assertEquals(ISHIKAWA, verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaEcKey)).requireTenant());
            assertEquals(ISHIKAWA, verifier.verify(
                    Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaKey, JWSAlgorithm.PS256)).requireTenant());
        }

        @Test
        void anAudienceGivenAsOneString() throws Exception {
            verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).audience(KeycloakNames.API_AUDIENCE), ishikawaKey));
        }

        @Test
        void aNationalOperatorWithoutTenant() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.person(OPERATOR_ISSUER, "national-operator"), operatorKey));

            assertEquals(CallerKind.OPERATOR, caller.kind());
            assertEquals(Optional.empty(), caller.tenant());
            assertTrue(caller.isNationalOperator());
            assertThrows(IllegalStateException.class, caller::requireTenant);
        }

        @Test
        void aRegisteredServiceClientOfTheTenant() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.service(issuer(ISHIKAWA), "shelter-sync"), ishikawaKey));

            assertEquals(CallerKind.SERVICE, caller.kind());
            assertEquals(Optional.of(ISHIKAWA), caller.tenant());
            assertEquals("shelter-sync", caller.subject());
            assertEquals("shelter-sync", caller.clientId());
        }

        @Test
        void clocksThatDifferWithinTheSkew() throws Exception {
            verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .expirationTime(Date.from(NOW.minusSeconds(20))), ishikawaKey));
            verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .notBeforeTime(Date.from(NOW.plusSeconds(20)))
                    .issueTime(Date.from(NOW.plusSeconds(20))), ishikawaKey));
        }

        @Test
        void aMissingUsernameShowsTheSubject() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("preferred_username", null),
                    ishikawaKey));
            assertEquals(ALICE_SUBJECT, caller.username());
        }
    }

    @Nested
    class TenantComesOnlyFromTheSigningRealm {

        @Test
        void aToyamaTokenIsAToyamaCallerWhateverItsClaimsSay() throws Exception {
            Caller caller = verifier.verify(Tokens.sign(Tokens.person(issuer(TOYAMA))
                    .claim("tenant", "17").claim("prefecture", "17").claim("realm", "pref-17"), toyamaKey));
            assertEquals(Optional.of(TOYAMA), caller.tenant());
        }

        @Test
        void aToyamaKeyCannotSignForIshikawa() {
            assertEquals(RejectionReason.BAD_SIGNATURE, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), toyamaKey)));
        }

        @Test
        void aToyamaKeyCannotSignForIshikawaEvenUnderAnIshikawaKeyId() {
            RSAKey toyamaUnderIshikawaKid = new RSAKey.Builder(toyamaKey).keyID(ishikawaKey.getKeyID()).build();
            assertEquals(RejectionReason.BAD_SIGNATURE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), toyamaUnderIshikawaKid)));
        }

        @Test
        void aTenantKeyCannotSignForTheOperatorRealm() {
            assertEquals(RejectionReason.BAD_SIGNATURE,
                    refusal(Tokens.sign(Tokens.person(OPERATOR_ISSUER, "national-operator"), ishikawaKey)));
        }
    }

    @Nested
    class RefusesIssuers {

        @Test
        void ofATenantThatIsNotOnboardedWithoutFetchingItsKeys() {
            int before = jwks.fetches("pref-18");
            assertEquals(RejectionReason.UNKNOWN_ISSUER, refusal(Tokens.sign(Tokens.person(issuer(FUKUI)), fukuiKey)));
            assertEquals(before, jwks.fetches("pref-18"));
        }

        @Test
        void thatLookAlmostRight() {
            for (String lookAlike : List.of(jwks.baseUrl() + "/realms/pref-17", issuer(ISHIKAWA) + "/",
                    "https://login.tsunagu.example/realms/pref-017", "https://login.tsunagu.example/realms/PREF-17",
                    "https://login.tsunagu.example/realms/master", "https://evil.example/realms/pref-17")) {
                assertEquals(RejectionReason.UNKNOWN_ISSUER,
                        refusal(Tokens.sign(Tokens.person(lookAlike), ishikawaKey)), lookAlike);
            }
        }

        @Test
        void thatALooseDirectoryMatchedToAnotherIssuer() {
            verifier = verifierWith(issuer -> Optional.of(realms.tenant(ISHIKAWA)));
            assertEquals(RejectionReason.UNKNOWN_ISSUER,
                    refusal(Tokens.sign(Tokens.person("https://evil.example/realms/pref-17"), ishikawaKey)));
        }

        @Test
        void thatAreMissing() {
            assertEquals(RejectionReason.MALFORMED, refusal(Tokens.sign(Tokens.person(null), ishikawaKey)));
        }
    }

    @Nested
    class RefusesAlgorithmsAndSignatures {

        @Test
        void unsignedTokens() {
            String unsigned = new PlainJWT(Tokens.person(issuer(ISHIKAWA)).build()).serialize();
            assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM, refusal(unsigned));
        }

        @Test
        void algNoneWithASignatureAttached() {
            String signed = Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaKey);
            String noneHeader = base64Url("{\"alg\":\"none\",\"kid\":\"ishikawa-1\"}");
            String forged = noneHeader + signed.substring(signed.indexOf('.'));
            RejectionReason reason = refusal(forged);
            assertTrue(reason == RejectionReason.MALFORMED || reason == RejectionReason.UNSUPPORTED_ALGORITHM, reason.slug());
        }

        @Test
        void hs256SignedWithTheRealmsPublicKey() throws JOSEException {
            for (byte[] secret : List.of(ishikawaKey.toRSAPublicKey().getEncoded(),
                    ishikawaKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("ishikawa-1").build(),
                        Tokens.person(issuer(ISHIKAWA)).build());
                jwt.sign(new MACSigner(secret));
                assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM, refusal(jwt.serialize()));
            }
        }

        @Test
        void algorithmsOutsideTheAllowList() {
            assertEquals(RejectionReason.UNSUPPORTED_ALGORITHM,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaKey, JWSAlgorithm.RS384)));
        }

        @Test
        void aKeyEmbeddedInTheHeader() {
            RSAKey attacker = Tokens.rsaKey("ishikawa-1");
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("ishikawa-1")
                    .jwk(attacker.toPublicJWK()).build();
            assertEquals(RejectionReason.BAD_SIGNATURE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).build(), header, attacker)));
        }

        @Test
        void aChangedPayload() {
            String signed = Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaKey);
            String[] parts = signed.split("\\.");
            String otherPayload = Tokens.sign(Tokens.person(issuer(ISHIKAWA), "prefecture-admin"), ishikawaKey).split("\\.")[1];
            assertEquals(RejectionReason.BAD_SIGNATURE, refusal(parts[0] + "." + otherPayload + "." + parts[2]));
        }

        @Test
        void keysThatAreNotPublishedForSignatures() {
            assertEquals(RejectionReason.BAD_SIGNATURE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaEncryptionKey)));
            assertEquals(RejectionReason.BAD_SIGNATURE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)), ishikawaKeyWithoutUse)));
        }

        @Test
        void tokensWithoutKeyId() {
            String token = Tokens.sign(Tokens.person(issuer(ISHIKAWA)).build(),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).build(), ishikawaKey);
            assertEquals(RejectionReason.MALFORMED, refusal(token));
        }

        @Test
        void thingsThatAreNotTokens() {
            for (String garbage : List.of("", " ", "abc", "a.b", "a.b.c", "eyJ.eyJ.sig",
                    base64Url("{\"alg\":\"RS256\",\"kid\":\"x\"}") + "." + base64Url("[1,2]") + ".c2ln",
                    "x".repeat(40_000))) {
                assertEquals(RejectionReason.MALFORMED, refusal(garbage), garbage.length() > 50 ? "long" : garbage);
            }
            assertEquals(RejectionReason.MALFORMED, assertThrows(TokenRejectedException.class,
                    () -> verifier.verify(null)).reason());
        }
    }

    @Nested
    class RefusesByClaims {

        @Test
        void expired() {
            assertEquals(RejectionReason.EXPIRED, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .expirationTime(Date.from(NOW.minusSeconds(31))), ishikawaKey)));
        }

        @Test
        void withoutExpiry() {
            assertEquals(RejectionReason.MALFORMED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).expirationTime(null), ishikawaKey)));
        }

        @Test
        void notYetValidOrIssuedInTheFuture() {
            assertEquals(RejectionReason.NOT_YET_VALID, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .notBeforeTime(Date.from(NOW.plusSeconds(31))), ishikawaKey)));
            assertEquals(RejectionReason.NOT_YET_VALID, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .issueTime(Date.from(NOW.plusSeconds(31))), ishikawaKey)));
        }

        @Test
        void tokensThatAreNotAccessTokens() {
            for (String type : List.of("ID", "Refresh", "Logout", "bearer")) {
                assertEquals(RejectionReason.WRONG_TOKEN_TYPE,
                        refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("typ", type), ishikawaKey)), type);
            }
            assertEquals(RejectionReason.WRONG_TOKEN_TYPE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("typ", null), ishikawaKey)));
        }

        @Test
        void tokensForAnotherAudience() {
            assertEquals(RejectionReason.WRONG_AUDIENCE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).audience("account"), ishikawaKey)));
            assertEquals(RejectionReason.WRONG_AUDIENCE,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).audience((String) null), ishikawaKey)));
            assertEquals(RejectionReason.WRONG_AUDIENCE,
                    refusal(Tokens.sign(Tokens.person(OPERATOR_ISSUER).audience("account"), operatorKey)));
        }

        @Test
        void loginsThroughAnotherClient() {
            assertEquals(RejectionReason.WRONG_CLIENT,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("azp", "admin-cli"), ishikawaKey)));
            assertEquals(RejectionReason.WRONG_CLIENT,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("azp", null), ishikawaKey)));
            assertEquals(RejectionReason.WRONG_CLIENT,
                    refusal(Tokens.sign(Tokens.person(OPERATOR_ISSUER).claim("azp", "security-admin-console"), operatorKey)));
        }

        @Test
        void loginsWithoutOtp() {
            assertEquals(RejectionReason.OTP_REQUIRED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("acr", "1"), ishikawaKey)));
            assertEquals(RejectionReason.OTP_REQUIRED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("acr", null), ishikawaKey)));
            assertEquals(RejectionReason.OTP_REQUIRED,
                    refusal(Tokens.sign(Tokens.person(OPERATOR_ISSUER, "national-operator").claim("acr", "pwd"), operatorKey)));
        }

        @Test
        void loginsWithoutSubject() {
            assertEquals(RejectionReason.MALFORMED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).subject(null), ishikawaKey)));
        }

        @Test
        void claimsOfTheWrongType() {
            assertEquals(RejectionReason.MALFORMED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("acr", 2), ishikawaKey)));
            assertEquals(RejectionReason.MALFORMED, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .claim("realm_access", Map.of("roles", "prefecture-admin")), ishikawaKey)));
            assertEquals(RejectionReason.MALFORMED, refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA))
                    .claim("realm_access", Map.of("roles", List.of("a", 1))), ishikawaKey)));
            for (String payload : List.of("{\"iss\":5}", "{\"iss\":\"" + issuer(ISHIKAWA) + "\",\"aud\":[1,2]}",
                    "[\"" + issuer(ISHIKAWA) + "\"]")) {
                assertEquals(RejectionReason.MALFORMED, refusal(Tokens.signPayload(payload, ishikawaKey)), payload);
            }
            assertEquals(RejectionReason.MALFORMED,
                    refusal(Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("exp", "tomorrow"), ishikawaKey)));
        }

        @Test
        void messagesNameTheCheckButNoPersonalData() {
            for (String token : List.of(
                    Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("acr", "1"), ishikawaKey),
                    Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("azp", ALICE_USERNAME), ishikawaKey),
                    Tokens.sign(Tokens.person("https://evil.example/" + ALICE_USERNAME), ishikawaKey),
                    Tokens.sign(Tokens.person(issuer(ISHIKAWA)).claim("acr", 2), ishikawaKey))) {
                String message = assertThrows(TokenRejectedException.class, () -> verifier.verify(token)).getMessage();
                assertFalse(message.contains(ALICE_USERNAME) || message.contains(ALICE_SUBJECT), message);
                assertFalse(message.isBlank());
            }
        }
    }

    @Nested
    class RefusesServiceTokens {

        @Test
        void ofClientsTheTenantDidNotRegister() {
            assertEquals(RejectionReason.UNREGISTERED_SERVICE_CLIENT,
                    refusal(Tokens.sign(Tokens.service(issuer(ISHIKAWA), "some-other-client"), ishikawaKey)));
        }

        @Test
        void ofAClientRegisteredOnlyByAnotherTenant() {
            assertEquals(RejectionReason.UNREGISTERED_SERVICE_CLIENT,
                    refusal(Tokens.sign(Tokens.service(issuer(TOYAMA), "shelter-sync"), toyamaKey)));
        }

        @Test
        void whoseAuthorizedPartyIsAnotherClient() {
            assertEquals(RejectionReason.WRONG_CLIENT, refusal(Tokens.sign(Tokens.service(issuer(ISHIKAWA), "shelter-sync")
                    .claim("azp", "other"), ishikawaKey)));
            assertEquals(RejectionReason.WRONG_CLIENT, refusal(Tokens.sign(Tokens.service(issuer(ISHIKAWA), "shelter-sync")
                    .claim("azp", null), ishikawaKey)));
        }

        @Test
        void thatClaimToBeTheWebClient() {
            assertEquals(RejectionReason.WRONG_CLIENT,
                    refusal(Tokens.sign(Tokens.service(issuer(ISHIKAWA), KeycloakNames.WEB_CLIENT), ishikawaKey)));
        }

        @Test
        void ofTheOperatorRealm() {
            assertEquals(RejectionReason.WRONG_CLIENT,
                    refusal(Tokens.sign(Tokens.service(OPERATOR_ISSUER, "shelter-sync"), operatorKey)));
        }

        @Test
        void thatAreNotAccessTokens() {
            assertEquals(RejectionReason.WRONG_TOKEN_TYPE, refusal(Tokens.sign(Tokens.service(issuer(ISHIKAWA), "shelter-sync")
                    .claim("typ", "ID"), ishikawaKey)));
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
