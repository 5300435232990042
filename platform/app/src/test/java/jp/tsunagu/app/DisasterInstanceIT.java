package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A prefecture admin switches disaster instances on and takes them through their lifecycle. */
class DisasterInstanceIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    @Test
    void switchingOnCreatesAnActiveInstanceWithItsFirstStepRecorded() {
        String name = "試験用豪雨 " + UUID.randomUUID();
        Api.Reply reply = post("api/v1/disasters", switchOn(name, "172049", "172057"));
        assertEquals(201, reply.status(), reply::toString);
        assertNotNull(reply.location());
        JsonObject body = reply.json();
        assertEquals("ACTIVE", body.getString("status"));
        assertEquals(List.of("172049", "172057"), body.getJsonArray("affectedMunicipalities").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject first = body.getJsonArray("history").getJsonObject(0);
        assertEquals("ACTIVE", first.getString("to"));
        assertEquals("admin17.it", first.getString("by"));
        assertEquals(200, get(reply.location().replaceFirst("^.*?/api/", "api/")).status());
    }

    @Test
    void switchingOnTakesLessThanOneSecond() {
        long start = System.nanoTime();
        Api.Reply reply = post("api/v1/disasters", switchOn("速度確認 " + UUID.randomUUID(), "172049"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(millis < 5_000, "a switch-on should be quick even on a loaded CI machine: " + millis + " ms");
    }

    @Test
    void aSecondSwitchOnWithTheSameNameIsRefusedAndChangesNothing() {
        platform.noto();
        int before = list().size();
        Api.Reply reply = post("api/v1/disasters", switchOn("令和6年能登半島地震", "172049"));
        assertProblem(reply, 409, "duplicate", "name");
        assertEquals(before, list().size());
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndChangesNothing() {
        platform.noto();
        int before = list().size();
        assertProblem(post("api/v1/disasters", switchOn("x1", "999999")), 400, "invalid-request", "affectedMunicipalities");
        assertProblem(post("api/v1/disasters", switchOn("x2", "172048")), 400, "invalid-request", "affectedMunicipalities");
        assertProblem(post("api/v1/disasters", switchOn("x3", "162019")), 400, "invalid-request", "affectedMunicipalities");
        assertProblem(post("api/v1/disasters", switchOn("x4", "172995")), 400, "invalid-request", "affectedMunicipalities");
        assertProblem(post("api/v1/disasters", "{\"type\":\"EARTHQUAKE\",\"occurredOn\":\"2024-01-01\","
                + "\"reliefActAppliedOn\":\"2024-01-01\",\"affectedMunicipalities\":[\"172049\"]}"), 400, "invalid-request", "name");
        assertProblem(post("api/v1/disasters", "{\"name\":\"x5\",\"type\":\"METEOR\",\"occurredOn\":\"2024-01-01\","
                + "\"reliefActAppliedOn\":\"2024-01-01\",\"affectedMunicipalities\":[\"172049\"]}"), 400, "invalid-request", "type");
        assertProblem(post("api/v1/disasters", "{\"name\":\"x6\",\"type\":\"EARTHQUAKE\",\"occurredOn\":\"2099-01-01\","
                + "\"reliefActAppliedOn\":\"2099-01-01\",\"affectedMunicipalities\":[\"172049\"]}"), 400, "invalid-request", "occurredOn");
        assertProblem(post("api/v1/disasters", "{\"name\": \"x7\", \"type\": "), 400, "malformed-request", null);
        assertProblem(post("api/v1/disasters", "[1,2,3]"), 400, "malformed-request", null);
        String huge = "{\"name\":\"" + "あ".repeat(300_000) + "\"}";
        assertProblem(platform.api.postExpectingContinue("api/v1/disasters", platform.adminToken(ISHIKAWA), huge),
                413, "payload-too-large", null);
        assertEquals(before, list().size());
    }

    @Test
    void theWholeLifecycleRunsInOrderAndEveryStepIsRecorded() {
        String id = create("ライフサイクル " + UUID.randomUUID());
        assertEquals("CLOSING", step(id, "close", 200).getString("status"));
        assertEquals("ACTIVE", step(id, "reopen", 200).getString("status"));
        assertEquals("CLOSING", step(id, "close", 200).getString("status"));
        assertEquals("ARCHIVED", step(id, "archive", 200).getString("status"));
        JsonObject purged = step(id, "purge", 200);
        assertEquals("PURGED", purged.getString("status"));
        var history = purged.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("ACTIVE", "CLOSING", "ACTIVE", "CLOSING", "ARCHIVED", "PURGED"),
                history.stream().map(h -> h.getString("to")).toList());
        history.forEach(h -> {
            assertEquals("admin17.it", h.getString("by"));
            assertNotNull(h.getString("at"));
        });
    }

    @Test
    void purgingDeletesTheGrantHoldersAndKeepsTheStatistics() {
        String id = create("消去確認 " + UUID.randomUUID());
        String holder = "purge." + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply granted = platform.grant(ISHIKAWA, id, holder, "HOST_MUNICIPALITY", "172014",
                java.time.Instant.now().plusSeconds(86_400));
        assertEquals(201, granted.status(), granted::toString);
        assertTrue(platform.keycloak().userExists("pref-17", holder));

        step(id, "close", 200);
        step(id, "archive", 200);
        JsonObject purged = step(id, "purge", 200);

        JsonObject statistics = purged.getJsonObject("statistics");
        assertEquals(1, statistics.getJsonNumber("grants.total").longValue());
        assertEquals(1, statistics.getJsonNumber("grants.HOST_MUNICIPALITY").longValue());
        assertEquals(1, statistics.getJsonNumber("accounts.deleted").longValue());
        assertFalse(platform.keycloak().userExists("pref-17", holder), "the holder's account is gone");
        List<JsonObject> grants = get("api/v1/disasters/" + id + "/grants").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("(purged)"), grants.stream().map(g -> g.getString("username")).toList());
        assertEquals("HOST_MUNICIPALITY", grants.get(0).getString("scope"));
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        String id = create("不正遷移 " + UUID.randomUUID());
        assertProblem(lifecycle(id, "archive"), 409, "illegal-transition", "action");
        assertProblem(lifecycle(id, "purge"), 409, "illegal-transition", "action");
        assertProblem(lifecycle(id, "reopen"), 409, "illegal-transition", "action");
        assertProblem(lifecycle(id, "explode"), 400, "invalid-request", "action");
        step(id, "close", 200);
        assertProblem(lifecycle(id, "purge"), 409, "illegal-transition", "action");
        JsonObject now = get("api/v1/disasters/" + id).json();
        assertEquals("CLOSING", now.getString("status"));
        assertEquals(2, now.getJsonArray("history").size());
    }

    @Test
    void anUnknownInstanceIsNotFound() {
        assertProblem(get("api/v1/disasters/" + UUID.randomUUID()), 404, "not-found", null);
        assertProblem(lifecycle(UUID.randomUUID().toString(), "close"), 404, "not-found", null);
    }

    private String create(String name) {
        Api.Reply reply = post("api/v1/disasters", switchOn(name, "172049"));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private JsonObject step(String id, String action, int status) {
        Api.Reply reply = lifecycle(id, action);
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    private Api.Reply lifecycle(String id, String action) {
        return post("api/v1/disasters/" + id + "/lifecycle", "{\"action\":\"" + action + "\",\"reason\":\"試験\"}");
    }

    private List<JsonObject> list() {
        return get("api/v1/disasters").array().getValuesAs(JsonObject.class);
    }

    private Api.Reply post(String path, Object body) {
        return platform.api.post(path, platform.adminToken(ISHIKAWA), body.toString());
    }

    private Api.Reply get(String path) {
        return platform.api.get(path, platform.adminToken(ISHIKAWA));
    }

    private static String switchOn(String name, String... affected) {
        return jp.tsunagu.app.it.Platform.switchOn(name, affected).toString();
    }
}
