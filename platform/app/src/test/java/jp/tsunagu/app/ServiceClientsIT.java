package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Machine clients are a separate, explicit kind of principal: registered by the prefecture admin, authenticated by
 * client credentials, accepted only while registered, and never able to act where a person must.
 */
class ServiceClientsIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    @Test
    void aRegisteredServiceClientIsRecognisedButMayNotActAsAPersonAndIsRefusedOnceWithdrawn() {
        String admin = platform.adminToken(ISHIKAWA);
        Api.Reply registered = platform.api.post("api/v1/service-clients", admin,
                "{\"name\":\"portal-" + shortId() + "\",\"purpose\":\"住民ポータル（試験）\"}");
        assertEquals(201, registered.status(), registered::toString);
        String clientId = registered.json().getString("clientId");
        assertTrue(clientId.startsWith("svc-"));

        TokenResult token = platform.serviceToken("pref-17", clientId, registered.json().getString("clientSecret"));
        assertTrue(token instanceof TokenResult.Granted, () -> "client credentials: " + token);
        String accessToken = ((TokenResult.Granted) token).tokens().accessToken();

        Api.Reply asPerson = platform.api.get("api/v1/disasters", accessToken);
        assertProblem(asPerson, 403, "forbidden", null);
        assertEquals("caller-kind-not-allowed", asPerson.json().getString("reason"));

        Api.Reply withdrawn = platform.api.post("api/v1/service-clients/" + clientId + "/withdrawal", admin, "{}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        Api.Reply afterwards = platform.api.get("api/v1/disasters", accessToken);
        assertProblem(afterwards, 401, "unauthenticated", null);
        assertEquals("unregistered-service-client", afterwards.json().getString("reason"));
        assertTrue(platform.serviceToken("pref-17", clientId, registered.json().getString("clientSecret"))
                instanceof TokenResult.Denied, "a withdrawn client gets no new token either");
    }

    @Test
    void onlyAPrefectureAdminRegistersServiceClients() {
        Api.Reply anonymous = platform.api.post("api/v1/service-clients", null, "{\"name\":\"x\",\"purpose\":\"y\"}");
        assertEquals(401, anonymous.status());
        Api.Reply badName = platform.api.post("api/v1/service-clients", platform.adminToken(ISHIKAWA),
                "{\"name\":\"Bad Name!\",\"purpose\":\"y\"}");
        assertProblem(badName, 400, "invalid-request", "name");
    }
}
