package jp.tsunagu.app.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A registered resident portal (client credentials against the real Keycloak) sends self-reports: each is stored once
 * as a RESIDENT_PORTAL record with its provenance, linked by the ledger's linkage, and answered with the record and the
 * outcome only; the same submission again is the same answer (200) and no new record; other callers are refused.
 */
class SelfReportIngestionIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    private final String disaster = platform.noto();
    private final Portals.Client portal = Portals.register(ISHIKAWA, "resident-portal", null);

    private Api.Reply send(String token, JsonObject report) {
        return platform.api.post(path(), token, report);
    }

    private String path() {
        return "api/v1/disasters/" + disaster + "/self-reports";
    }

    @Test
    void aReportIsStoredAsAPortalRecordAndASecondReportOfTheSamePersonLinksToIt() throws SQLException {
        String id = shortId();
        Api.Reply first = send(portal.token(), Portals.report("a-" + id, "輪島 花子" + id, "わじま はなこ", "1950-03-04",
                "172014", "housing", true, "prefecture"));
        assertEquals(201, first.status(), first::toString);
        assertEquals("new", first.json().getString("outcome"));
        assertEquals("a-" + id, first.json().getString("submissionId"));
        assertTrue(!first.body().contains("輪島"), "the answer holds no personal data");

        Api.Reply second = send(portal.token(), Portals.report("b-" + id, "輪島 花子" + id, "わじま はなこ", "1950-03-04",
                "172014", "health", false, "prefecture"));
        assertEquals(201, second.status(), second::toString);
        assertEquals("linked", second.json().getString("outcome"));

        try (Connection db = platform.database()) {
            assertEquals(portal.clientId(), one(db, "SELECT received_by_subject FROM tenant_17.ledger_source_record"
                    + " WHERE id = ?::uuid AND source_kind = 'RESIDENT_PORTAL' AND identity_verified", first.json().getString("recordId")));
            String firstPerson = one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link WHERE record_id = ?::uuid"
                    + " AND state = 'ACTIVE'", first.json().getString("recordId"));
            assertEquals(firstPerson, one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link"
                    + " WHERE record_id = ?::uuid AND state = 'ACTIVE'", second.json().getString("recordId")));
            assertEquals("2", one(db, "SELECT record_count::text FROM tenant_17.ledger_person_summary WHERE person_id = ?::uuid",
                    firstPerson), "the summary was refreshed with the report");
        }
    }

    @Test
    void theSameSubmissionTwiceIsStoredOnceAndAChangedOneUnderTheSameIdIsRefused() throws SQLException {
        String id = "dup-" + shortId();
        JsonObject report = Portals.report(id, "能登 太郎", "のと たろう", "1961-07-08", "172014", "housing", false, "prefecture");
        Api.Reply first = send(portal.token(), report);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = send(portal.token(), report);
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.json().getString("recordId"), again.json().getString("recordId"));
        assertEquals(first.json().getString("outcome"), again.json().getString("outcome"));

        JsonObject changed = Portals.report(id, "能登 太郎", "のと たろう", "1961-07-09", "172014", "housing", false, "prefecture");
        assertProblem(send(portal.token(), changed), 409, "conflict", "submissionId");

        Api.Reply byHeader = platform.api.send(platform.api.request(path(), portal.token())
                .header("Content-Type", "application/json").header("Idempotency-Key", "other-" + id)
                .POST(HttpRequest.BodyPublishers.ofString(report.toString())));
        assertProblem(byHeader, 400, "invalid-request", "submissionId");
        try (Connection db = platform.database()) {
            assertEquals("1", one(db, "SELECT count(*)::text FROM tenant_17.ledger_self_report WHERE submission_id = ?", id));
        }
    }

    @Test
    void reportsSentAtOnceAreGroupedWithoutLosingRepeatsOrLinks() throws Exception {
        String run = shortId();
        String[][] residents = {{"白山 一郎", "はくさん いちろう"}, {"白山 二葉", "はくさん ふたば"}, {"白山 三郎", "はくさん さぶろう"},
                {"白山 四季", "はくさん しき"}, {"白山 五月", "はくさん さつき"}, {"白山 六花", "はくさん りっか"},
                {"白山 七海", "はくさん ななみ"}, {"白山 八雲", "はくさん やくも"}};
        JsonObject earlier = Portals.report("burst-" + run + "-0", "白山 九重", "はくさん ここのえ", "1939-09-09", "172014",
                "housing", false, "prefecture");
        Api.Reply stored = send(portal.token(), earlier);
        assertEquals(201, stored.status(), stored::toString);
        // Every resident twice under two submissions, and the earlier submission again, all at once: they queue
        // together and are written in groups holding new reports, a repeat and reports of one person side by side.
        List<JsonObject> burst = new ArrayList<>();
        for (int i = 0; i < residents.length; i++) {
            String born = "1940-0" + (i + 1) + "-1" + i;
            for (String copy : new String[] {"a", "b"}) {
                burst.add(Portals.report("burst-" + run + "-" + (i + 1) + copy, residents[i][0], residents[i][1], born,
                        "172014", "health", false, "prefecture"));
            }
        }
        burst.add(earlier);
        List<Api.Reply> replies = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(burst.size());
        try {
            List<Future<Api.Reply>> answers = new ArrayList<>();
            for (JsonObject report : burst) {
                answers.add(clients.submit(() -> send(portal.token(), report)));
            }
            for (Future<Api.Reply> answer : answers) {
                replies.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        Api.Reply repeat = replies.get(replies.size() - 1);
        assertEquals(200, repeat.status(), repeat::toString);
        assertEquals(stored.json().getString("recordId"), repeat.json().getString("recordId"));
        try (Connection db = platform.database()) {
            for (int i = 0; i < residents.length; i++) {
                Api.Reply a = replies.get(2 * i);
                Api.Reply b = replies.get(2 * i + 1);
                assertEquals(201, a.status(), a::toString);
                assertEquals(201, b.status(), b::toString);
                String personOfA = one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link WHERE record_id = ?::uuid"
                        + " AND state = 'ACTIVE'", a.json().getString("recordId"));
                assertEquals(personOfA, one(db, "SELECT person_id::text FROM tenant_17.ledger_record_link"
                        + " WHERE record_id = ?::uuid AND state = 'ACTIVE'", b.json().getString("recordId")),
                        "both reports of a resident belong to one person");
                assertTrue(a.json().getString("outcome").equals("linked") || b.json().getString("outcome").equals("linked"));
                assertEquals("2", one(db, "SELECT record_count::text FROM tenant_17.ledger_person_summary"
                        + " WHERE person_id = ?::uuid", personOfA), "the summary counts both reports");
            }
            assertEquals(Integer.toString(2 * residents.length + 1), one(db, "SELECT count(*)::text FROM"
                    + " tenant_17.ledger_self_report WHERE submission_id LIKE ?", "burst-" + run + "-%"));
        }
    }

    @Test
    void malformedFieldsAreNamedAllAtOnce() {
        JsonObject bad = Json.createObjectBuilder()
                .add("submissionId", "bad-" + shortId())
                .add("resident", Json.createObjectBuilder().add("birthDate", "3000-01-01").add("sex", "x"))
                .add("consent", Json.createObjectBuilder().add("given", true).add("textVersion", "v1"))
                .build();
        Api.Reply refused = send(portal.token(), bad);
        assertProblem(refused, 400, "invalid-request", "resident.fullName");
        assertEquals("resident.fullName,resident.birthDate,resident.sex,consent.parties",
                refused.json().getString("fields"));
    }

    @Test
    void onlyRegisteredResidentPortalsMaySendReports() {
        JsonObject report = Portals.report("x-" + shortId(), "試験 次郎", "しけん じろう", "1970-01-02", "172014", null,
                false, "prefecture");
        Portals.Client general = Portals.register(ISHIKAWA, "general", null);
        assertProblem(send(general.token(), report), 403, "forbidden", null);
        assertProblem(send(platform.adminToken(ISHIKAWA), report), 403, "forbidden", null);
        assertEquals(401, send(null, report).status());

        Portals.Client toyama = Portals.register(PrefectureCode.of(16), "resident-portal", null);
        assertProblem(send(toyama.token(), report), 404, "not-found", null);
        assertProblem(platform.api.post("api/v1/disasters/" + UUID.randomUUID() + "/self-reports", portal.token(), report),
                404, "not-found", null);
    }

    static String one(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a row for " + sql);
                return rows.getString(1);
            }
        }
    }
}
