package jp.tsunagu.tenants.access;

import static jp.tsunagu.tenants.access.Tokens.ALICE_SUBJECT;
import static jp.tsunagu.tenants.access.Tokens.ALICE_USERNAME;
import static jp.tsunagu.tenants.access.Tokens.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.json.JsonObject;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** The two filters inside a real Jakarta REST runtime, driven over HTTP with really signed tokens. */
class AccessFiltersTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final PrefectureCode TOYAMA = PrefectureCode.of(16);
    static final String ISSUER = "https://login.tsunagu.example/realms/pref-17";
    static final String TOYAMA_ISSUER = "https://login.tsunagu.example/realms/pref-16";
    static final String OPERATOR_ISSUER = "https://login.tsunagu.example/realms/tsunagu-ops";
    static final AccessScope STAFF_IN_WAJIMA =
            new AccessScope(List.of(new ScopedRole("municipality-staff", "AFFECTED_MUNICIPALITY", "172049", "d-1")));

    static JwksServer jwks;
    static RSAKey ishikawaKey;
    static RSAKey toyamaKey;
    static RSAKey operatorKey;
    static HttpServer api;
    static URI base;
    static final BearerAuthenticationFilter authentication = new BearerAuthenticationFilter();
    static final HttpClient http = HttpClient.newHttpClient();

    /** What happened during the last request, in order. */
    static final List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
    static volatile Optional<AccessScope> grants = Optional.empty();

    @BeforeAll
    static void start() throws Exception {
        jwks = JwksServer.start();
        ishikawaKey = Tokens.rsaKey("ishikawa-1");
        toyamaKey = Tokens.rsaKey("toyama-1");
        operatorKey = Tokens.rsaKey("ops-1");
        jwks.publish("pref-17", ishikawaKey);
        jwks.publish("pref-16", toyamaKey);
        jwks.publish(KeycloakNames.OPERATOR_REALM, operatorKey);
        RealmIssuers realms = new RealmIssuers(jwks.baseUrl(), URI.create("https://login.tsunagu.example"));
        authentication.verifier = new TokenVerifier(new OnboardedRealms(realms, Set.of(ISHIKAWA, TOYAMA)::contains),
                (tenant, client) -> client.equals("shelter-sync"),
                new RealmKeys(Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.fixed(NOW, ZoneOffset.UTC),
                TokenVerifier.DEFAULT_CLOCK_SKEW);
        authentication.publicPaths = new PublicPaths(List.of("v1/public", "health"));
        authentication.authenticated = Stubs.event(event -> steps.add("authenticated " + event.caller()));
        authentication.authorizations = Stubs.instance(Optional.of(person -> {
            steps.add("grants asked");
            return grants;
        }));

        ResourceConfig app = new ResourceConfig()
                .register(new HandBuiltAuthentication())
                .register(AccessPolicyFilter.class)
                .register(TestResources.PublicPing.class)
                .register(TestResources.ProtectedUnderPublicPath.class)
                .register(new TestResources.Shelters(() -> authentication.callerContext))
                .register(TestResources.Undeclared.class)
                .register(TestResources.National.class);
        api = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), app);
        base = URI.create("http://127.0.0.1:" + api.getAddress().getPort() + "/api/");
    }

    /** Hands requests to the filter built above; registered directly, HK2 would try to fill its CDI fields. */
    @Priority(Priorities.AUTHENTICATION)
    static final class HandBuiltAuthentication implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            authentication.filter(request);
        }
    }

    @AfterAll
    static void stop() {
        api.stop(0);
        jwks.close();
    }

    @BeforeEach
    void newRequestScope() {
        authentication.callerContext = new CallerContext();
        steps.clear();
        grants = Optional.of(STAFF_IN_WAJIMA);
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> getWithToken(String path, String token) throws Exception {
        return get(path, "Authorization", "Bearer " + token);
    }

    static JsonObject problem(HttpResponse<String> response) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(response.statusCode(), problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }

    static String staff() {
        return Tokens.sign(Tokens.person(ISSUER, "municipality-staff"), ishikawaKey);
    }

    @Test
    void publicPathsNeedNoToken() throws Exception {
        HttpResponse<String> response = get("v1/public/ping");
        assertEquals(200, response.statusCode());
        assertEquals("pong", response.body());
        assertEquals(List.of(), steps);
    }

    @Test
    void pathsThatOnlyLookPublicNeedAToken() throws Exception {
        for (String path : List.of("v1/%70ublic/ping", "v1/public/..%2Fshelters", "v1/public;a=b/ping", "v1/shelters")) {
            assertNotEquals(200, get(path).statusCode(), path);
        }
        assertEquals(401, get("v1/public;a=b/ping").statusCode(), "routed to the public resource, but not judged public");
    }

    @Test
    void aProtectedMethodUnderAPublicPathStillNeedsAToken() throws Exception {
        assertEquals(401, get("v1/public/protected").statusCode());
    }

    @Test
    void aRequestWithoutTokenGetsAChallengeWithoutErrorCode() throws Exception {
        for (HttpResponse<String> response : List.of(get("v1/shelters"),
                get("v1/shelters", "Authorization", "Basic dXNlcjpwYXNz"))) {
            assertEquals(401, response.statusCode());
            JsonObject problem = problem(response);
            assertEquals("https://tsunagu.jp/problems/unauthenticated", problem.getString("type"));
            assertEquals("token-missing", problem.getString("reason"));
            assertEquals("Bearer realm=\"tsunagu\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
    }

    @Test
    void anInvalidTokenIsRefusedWithItsReasonAndNoPersonalData() throws Exception {
        String expired = Tokens.sign(Tokens.person(ISSUER).expirationTime(Date.from(NOW.minusSeconds(600))), ishikawaKey);
        HttpResponse<String> response = getWithToken("v1/shelters", expired);

        assertEquals(401, response.statusCode());
        JsonObject problem = problem(response);
        assertEquals("https://tsunagu.jp/problems/unauthenticated", problem.getString("type"));
        assertEquals("expired", problem.getString("reason"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));
        assertFalse(response.body().contains(ALICE_USERNAME) || response.body().contains(ALICE_SUBJECT));
        assertEquals(List.of(), steps, "nothing is bound for a refused token");
    }

    @Test
    void loginsWithoutOtpAndGarbageAreRefused() throws Exception {
        assertEquals("otp-required", problem(getWithToken("v1/shelters",
                Tokens.sign(Tokens.person(ISSUER).claim("acr", "1"), ishikawaKey))).getString("reason"));
        assertEquals("malformed", problem(getWithToken("v1/shelters", "not a token")).getString("reason"));
    }

    @Test
    void aPersonWithAnActiveGrantGetsThroughAfterTheTenantWasBound() throws Exception {
        HttpResponse<String> response = getWithToken("v1/shelters", staff());

        assertEquals(200, response.statusCode());
        assertEquals("PERSON 17 [municipality-staff]", response.body());
        assertEquals(List.of("authenticated Caller[PERSON, tenant 17]", "grants asked"), steps);
    }

    @Test
    void aPersonWithoutActiveGrantIsForbidden() throws Exception {
        grants = Optional.empty();
        HttpResponse<String> response = getWithToken("v1/shelters", staff());

        assertEquals(403, response.statusCode());
        JsonObject problem = problem(response);
        assertEquals("https://tsunagu.jp/problems/no-active-grant", problem.getString("type"));
    }

    @Test
    void withoutAnAuthorizationsBeanPeopleAreForbidden() throws Exception {
        var deployed = authentication.authorizations;
        authentication.authorizations = Stubs.instance(Optional.empty());
        try {
            assertEquals(403, getWithToken("v1/shelters", staff()).statusCode());
        } finally {
            authentication.authorizations = deployed;
        }
    }

    @Test
    void aPrefectureAdminNeedsNoGrant() throws Exception {
        grants = Optional.empty();
        HttpResponse<String> response = getWithToken("v1/shelters/admin",
                Tokens.sign(Tokens.person(ISSUER, "prefecture-admin"), ishikawaKey));

        assertEquals(200, response.statusCode());
        assertEquals(List.of("authenticated Caller[PERSON, tenant 17]"), steps);
    }

    @Test
    void aToyamaTokenIsServedAsToyama() throws Exception {
        HttpResponse<String> response = getWithToken("v1/shelters", Tokens.sign(Tokens.person(TOYAMA_ISSUER), toyamaKey));
        assertEquals("PERSON 16 [municipality-staff]", response.body());
    }

    @Test
    void rolesComeFromTheActiveGrantsNotTheToken() throws Exception {
        String leadByToken = Tokens.sign(Tokens.person(ISSUER, "municipality-lead"), ishikawaKey);
        HttpResponse<String> response = getWithToken("v1/shelters/leads", leadByToken);
        assertEquals(403, response.statusCode());
        assertEquals("role-required", problem(response).getString("reason"));

        newRequestScope();
        grants = Optional.of(new AccessScope(List.of(new ScopedRole("municipality-lead", "AFFECTED_MUNICIPALITY", "172049", "d-1"))));
        assertEquals(200, getWithToken("v1/shelters/leads", staff()).statusCode());
    }

    @Test
    void aStaffMemberIsNotAnAdmin() throws Exception {
        HttpResponse<String> response = getWithToken("v1/shelters/admin", staff());
        assertEquals(403, response.statusCode());
        JsonObject problem = problem(response);
        assertEquals("https://tsunagu.jp/problems/forbidden", problem.getString("type"));
        assertEquals("role-required", problem.getString("reason"));
    }

    @Test
    void aServiceMayOnlyCallWhatAllowsServices() throws Exception {
        String service = Tokens.sign(Tokens.service(ISSUER, "shelter-sync"), ishikawaKey);
        assertEquals("SERVICE 17", getWithToken("v1/shelters", service).body());

        newRequestScope();
        HttpResponse<String> refused = getWithToken("v1/shelters/people-only", service);
        assertEquals(403, refused.statusCode());
        assertEquals("caller-kind-not-allowed", problem(refused).getString("reason"));
        assertFalse(steps.contains("grants asked"));
    }

    @Test
    void operatorOnlyIsForNationalOperators() throws Exception {
        String admin = Tokens.sign(Tokens.person(ISSUER, "prefecture-admin", "national-operator"), ishikawaKey);
        HttpResponse<String> refused = getWithToken("v1/national", admin);
        assertEquals(403, refused.statusCode());
        assertEquals("operator-only", problem(refused).getString("reason"));

        newRequestScope();
        String operator = Tokens.sign(Tokens.person(OPERATOR_ISSUER, "national-operator"), operatorKey);
        assertEquals(200, getWithToken("v1/national", operator).statusCode());
        assertEquals(List.of("authenticated Caller[OPERATOR]"), steps);

        newRequestScope();
        assertEquals(403, getWithToken("v1/shelters", operator).statusCode(), "operators do not reach tenant resources");
    }

    @Test
    void anOperatorWithoutTheOperatorRoleIsNotOne() throws Exception {
        String operator = Tokens.sign(Tokens.person(OPERATOR_ISSUER), operatorKey);
        assertEquals(403, getWithToken("v1/national", operator).statusCode());
        newRequestScope();
        assertEquals(200, getWithToken("v1/national/any", operator).statusCode());
    }

    @Test
    void methodsWithoutDeclarationAreClosedEvenOnSubResources() throws Exception {
        grants = Optional.of(STAFF_IN_WAJIMA);
        for (String path : List.of("v1/undeclared", "v1/shelters/details")) {
            newRequestScope();
            HttpResponse<String> response = getWithToken(path,
                    Tokens.sign(Tokens.person(ISSUER, "prefecture-admin"), ishikawaKey));
            assertEquals(403, response.statusCode(), path);
            assertEquals("no-access-policy", problem(response).getString("reason"));
        }
    }

    @Test
    void unreachableKeysAreAServerProblemNotALoginProblem() throws Exception {
        RSAKey niigataKey = Tokens.rsaKey("niigata-1");
        var deployed = authentication.verifier;
        RealmIssuers realms = new RealmIssuers(jwks.baseUrl(), URI.create("https://login.tsunagu.example"));
        authentication.verifier = new TokenVerifier(new OnboardedRealms(realms, PrefectureCode.of(15)::equals),
                (tenant, client) -> false, new RealmKeys(Duration.ofMinutes(5), Duration.ofSeconds(30)),
                Clock.fixed(NOW, ZoneOffset.UTC), TokenVerifier.DEFAULT_CLOCK_SKEW);
        jwks.failFor("pref-15");
        try {
            HttpResponse<String> response = getWithToken("v1/shelters",
                    Tokens.sign(Tokens.person("https://login.tsunagu.example/realms/pref-15"), niigataKey));
            assertEquals(503, response.statusCode());
            JsonObject problem = problem(response);
            assertEquals("https://tsunagu.jp/problems/unavailable", problem.getString("type"));
            assertEquals("keys-unavailable", problem.getString("reason"));
            assertNotEquals(Optional.empty(), response.headers().firstValue("Retry-After"));
        } finally {
            authentication.verifier = deployed;
        }
    }

    @Test
    void everyRefusalNamesItsReasonInTheContractList() {
        List<String> slugs = new ArrayList<>();
        for (RejectionReason reason : RejectionReason.values()) {
            slugs.add(reason.slug());
        }
        assertEquals(List.of("token-missing", "malformed", "unsupported-algorithm", "unknown-issuer", "bad-signature",
                "keys-unavailable", "expired", "not-yet-valid", "wrong-token-type", "wrong-audience", "wrong-client",
                "otp-required", "unregistered-service-client"), slugs);
    }
}
