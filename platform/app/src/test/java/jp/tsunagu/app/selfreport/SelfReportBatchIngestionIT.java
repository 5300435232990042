package jp.tsunagu.app.selfreport;

import static jp.tsunagu.app.selfreport.SelfReportIngestionIT.ISHIKAWA;
import static jp.tsunagu.app.selfreport.SelfReportIngestionIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A registered resident portal sends many self-reports in one request: each is taken as the single endpoint takes it
 * (validation, idempotency by submission across single and batch calls, linkage) and answered on its own, in input
 * order; a bad report is refused alone; what concerns the whole request is one problem.
 */
class SelfReportBatchIngestionIT extends PlatformIT {

    private final String disaster = platform.noto();
    private final Portals.Client portal = Portals.register(ISHIKAWA, "resident-portal", null);

    private String path() {
        return "api/v1/disasters/" + disaster + "/self-reports";
    }

    private Api.Reply batch(String token, List<JsonObject> reports) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        reports.forEach(array::add);
        return platform.api.post(path() + "/batch", token, Json.createObjectBuilder().add("reports", array).build());
    }

    private static JsonObject result(Api.Reply reply, int index) {
        JsonObject result = reply.json().getJsonArray("results").getJsonObject(index);
        assertEquals(index, result.getInt("index"));
        return result;
    }

    private static JsonObject report(String id, String name, String kana, String birthDate) {
        return Portals.report(id, name, kana, birthDate, "172014", "housing", false, "prefecture");
    }

    @Test
    void eachReportIsAnsweredInOrderAndBadOnesAreRefusedAloneWithTheSingleEndpointsProblems() throws SQLException {
        String run = shortId();
        JsonObject sentBefore = report("pre-" + run, "珠洲 一子" + run, "すず かずこ", "1948-02-03");
        Api.Reply single = platform.api.post(path(), portal.token(), sentBefore);
        assertEquals(201, single.status(), single::toString);
        JsonObject invalid = Json.createObjectBuilder(report("bad-" + run, "x", "x", "3000-01-01"))
                .add("resident", Json.createObjectBuilder().add("birthDate", "3000-01-01")).build();
        JsonObject changed = report("pre-" + run, "珠洲 一子" + run, "すず かずこ", "1948-02-04");

        Api.Reply reply = batch(portal.token(), List.of(
                report("new-" + run, "珠洲 二郎" + run, "すず じろう", "1951-05-06"),
                invalid,
                report("again-" + run, "珠洲 二郎" + run, "すず じろう", "1951-05-06"),
                changed,
                sentBefore));
        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.body().contains("珠洲"), "the answer holds no personal data");
        assertEquals(5, reply.json().getJsonArray("results").size());

        JsonObject created = result(reply, 0);
        assertEquals(201, created.getInt("status"));
        assertEquals("new", created.getString("outcome"));
        assertEquals("new-" + run, created.getString("submissionId"));
        assertFalse(created.getBoolean("replay"));
        JsonObject refused = result(reply, 1).getJsonObject("problem");
        assertEquals(400, result(reply, 1).getInt("status"));
        assertEquals("https://tsunagu.jp/problems/invalid-request", refused.getString("type"));
        assertEquals("resident.fullName,resident.birthDate", refused.getString("fields"));
        JsonObject linked = result(reply, 2);
        assertEquals(201, linked.getInt("status"));
        assertEquals("linked", linked.getString("outcome"), "a report links to the one before it in the same batch");
        JsonObject conflict = result(reply, 3);
        assertEquals(409, conflict.getInt("status"));
        assertEquals("https://tsunagu.jp/problems/conflict", conflict.getJsonObject("problem").getString("type"));
        assertEquals("submissionId", conflict.getJsonObject("problem").getString("field"));
        JsonObject replay = result(reply, 4);
        assertEquals(200, replay.getInt("status"));
        assertTrue(replay.getBoolean("replay"));
        assertEquals(single.json().getString("recordId"), replay.getString("recordId"));

        try (Connection db = platform.database()) {
            assertEquals("3", one(db, "SELECT count(*)::text FROM tenant_17.ledger_self_report WHERE submission_id LIKE ?",
                    "%-" + run));
            String person = one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link WHERE record_id = ?::uuid"
                    + " AND state = 'ACTIVE'", created.getString("recordId"));
            assertEquals(person, one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link"
                    + " WHERE record_id = ?::uuid AND state = 'ACTIVE'", linked.getString("recordId")));
            assertEquals("1948-02-03", one(db, "SELECT birth_date::text FROM tenant_17.ledger_source_record"
                    + " WHERE id = ?::uuid", single.json().getString("recordId")), "the conflicting report changed nothing");
            assertEquals(portal.clientId(), one(db, "SELECT portal_client_id FROM tenant_17.ledger_consent c"
                    + " JOIN tenant_17.ledger_self_report s USING (record_id) WHERE s.submission_id = ?", "again-" + run),
                    "consent is stored as for a single report");
        }
        JsonObject logged = platform.api.get("api/v1/audit/entries?action=selfreport.submit-batch&outcome=refused&size=20",
                platform.adminToken(ISHIKAWA)).json();
        assertTrue(logged.getJsonArray("entries").stream().map(JsonObject.class::cast)
                .anyMatch(e -> "2 of 5 reports refused: conflict 1, invalid-request 1".equals(e.getString("reference", ""))
                        && "invalid-request".equals(e.getString("refusal", ""))), logged::toString);
    }

    @Test
    void theSameSubmissionIsStoredOnceAcrossSingleAndBatchCalls() throws SQLException {
        String run = shortId();
        JsonObject first = report("x1-" + run, "穴水 花" + run, "あなみず はな", "1960-01-02");
        JsonObject second = report("x2-" + run, "穴水 実" + run, "あなみず みのる", "1962-03-04");
        Api.Reply single = platform.api.post(path(), portal.token(), first);
        assertEquals(201, single.status(), single::toString);

        Api.Reply batched = batch(portal.token(), List.of(first, second, second));
        assertEquals(200, batched.status(), batched::toString);
        assertEquals(200, result(batched, 0).getInt("status"));
        assertEquals(single.json().getString("recordId"), result(batched, 0).getString("recordId"));
        assertEquals(201, result(batched, 1).getInt("status"));
        assertEquals(200, result(batched, 2).getInt("status"), "the same submission twice in one batch");
        assertEquals(result(batched, 1).getString("recordId"), result(batched, 2).getString("recordId"));

        Api.Reply singleAgain = platform.api.post(path(), portal.token(), second);
        assertEquals(200, singleAgain.status(), singleAgain::toString);
        assertEquals(result(batched, 1).getString("recordId"), singleAgain.json().getString("recordId"));
        assertEquals(result(batched, 1).getString("outcome"), singleAgain.json().getString("outcome"));
        Api.Reply batchAgain = batch(portal.token(), List.of(second, first));
        assertEquals(List.of(200, 200), List.of(result(batchAgain, 0).getInt("status"), result(batchAgain, 1).getInt("status")));
        try (Connection db = platform.database()) {
            assertEquals("2", one(db, "SELECT count(*)::text FROM tenant_17.ledger_self_report WHERE submission_id LIKE ?",
                    "x_-" + run));
            assertEquals("2", one(db, "SELECT count(*)::text FROM tenant_17.ledger_source_record WHERE external_id LIKE ?"
                    + " AND source_kind = 'RESIDENT_PORTAL'", "x_-" + run));
        }
    }

    @Test
    void aFullBatchIsStoredAndOneOverTheCapIsRefusedWhole() throws SQLException {
        String run = shortId();
        List<JsonObject> reports = new ArrayList<>();
        // A longer description, so that 500 reports are over the 256 kB every other JSON body is held to.
        JsonObject at = Json.createObjectBuilder().add("kind", "relative-home").add("municipalityCode", "172014")
                .add("description", "長女宅（金沢市内の集合住宅の二階、駐車場あり、郵便物は長女方で受け取り）").build();
        for (int i = 0; i < 501; i++) {
            reports.add(Json.createObjectBuilder(report("cap-" + run + "-" + i, "七尾 " + run + " " + i, "ななお たろう",
                    "1970-01-01")).add("whereabouts", at).build());
        }
        assertTrue(reports.subList(0, 500).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 262_144);
        Api.Reply tooMany = batch(portal.token(), reports);
        assertProblem(tooMany, 413, "payload-too-large", "reports");

        Api.Reply full = batch(portal.token(), reports.subList(0, 500));
        assertEquals(200, full.status(), full::toString);
        for (int i = 0; i < 500; i++) {
            assertEquals(201, result(full, i).getInt("status"), () -> full.body().substring(0, 2000));
        }
        assertEquals("cap-" + run + "-499", result(full, 499).getString("submissionId"));
        try (Connection db = platform.database()) {
            assertEquals("500", one(db, "SELECT count(*)::text FROM tenant_17.ledger_self_report WHERE submission_id LIKE ?",
                    "cap-" + run + "-%"));
        }
    }

    @Test
    void whatConcernsTheWholeRequestIsOneProblem() {
        JsonObject report = report("w-" + shortId(), "志賀 一", "しか はじめ", "1955-05-05");
        assertProblem(platform.api.post(path() + "/batch", portal.token(), "{\"reports\": []}"), 400, "invalid-request",
                "reports");
        assertProblem(platform.api.post(path() + "/batch", portal.token(), "{\"reports\": [{\"submissionId\": "), 400,
                "malformed-request", null);
        Api.Reply keyed = platform.api.send(platform.api.request(path() + "/batch", portal.token())
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-" + shortId())
                .POST(HttpRequest.BodyPublishers.ofString("{\"reports\": [" + report + "]}")));
        assertProblem(keyed, 400, "invalid-request", "Idempotency-Key");
        assertProblem(platform.api.post("api/v1/disasters/" + UUID.randomUUID() + "/self-reports/batch", portal.token(),
                "{\"reports\": [" + report + "]}"), 404, "not-found", null);
    }

    @Test
    void onlyTheTenantsRegisteredResidentPortalsMaySendABatch() throws SQLException {
        String id = "iso-" + shortId();
        List<JsonObject> reports = List.of(report(id, "試験 三郎", "しけん さぶろう", "1971-01-02"));
        assertProblem(batch(Portals.register(ISHIKAWA, "general", null).token(), reports), 403, "forbidden", null);
        assertProblem(batch(platform.adminToken(ISHIKAWA), reports), 403, "forbidden", null);
        assertEquals(401, batch(null, reports).status());
        Portals.Client toyama = Portals.register(PrefectureCode.of(16), "resident-portal", null);
        assertProblem(batch(toyama.token(), reports), 404, "not-found", null);
        try (Connection db = platform.database()) {
            assertEquals("0", one(db, "SELECT count(*)::text FROM tenant_17.ledger_self_report WHERE submission_id = ?", id));
        }
    }
}
