package jp.tsunagu.app.ledger;

import static jp.tsunagu.app.ledger.SharingScene.HOME;
import static jp.tsunagu.app.ledger.SharingScene.HOST;
import static jp.tsunagu.app.ledger.SharingScene.TAKAOKA;
import static jp.tsunagu.app.ledger.SharingScene.TOYAMA_CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.stack.TokenResult;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The isolation suite of issue 4: every endpoint of the OpenAPI document that holds or writes victims' data, every
 * writing method included, is tried by every kind of caller who must get nothing — each role of another prefecture
 * (admin, municipal staff, lead, support worker, resident portal), a host prefecture's staff under no agreement for
 * this data, under an expired and under a revoked agreement, and a support organisation that does not hold the case.
 * Each attempt must be a 403 or 404 problem that carries none of the seeded data, must change nothing in the home
 * tenant, and must be an entry of an access log, refused. The endpoint list is read from the running application, so
 * a new endpoint fails this test until it is either exercised or named below as holding no personal data, with why.
 */
class PersonDataIsolationIT extends PlatformIT {

    /** Operations that hold no victim's data, with the reason; everything else in the document is exercised. */
    static final Map<String, String> NOT_PERSONAL = notPersonal();

    static final SharingScene scene = new SharingScene();
    static LedgerFixture fixture;
    static String valid;
    static final Map<String, Caller> callers = new LinkedHashMap<>();

    /** Who tries, with which token, which agreement their path names, and whose access log records the attempt. */
    record Caller(String name, String token, String agreement, PrefectureCode logOf, boolean personPathsOnly) {
    }

    @BeforeAll
    static void aHomeWithDataAndEveryoneWhoMustNotSeeIt() {
        fixture = LedgerFixture.withAccounts("隔離試験");
        // The expiring agreement first: its host staff log in while it is in force, the rest of the scene is its wait.
        Instant until = Instant.now().plusSeconds(45);
        String expiring = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).add("validUntil", until.toString())
                .build());
        Account expiredStaff = scene.hostStaff(expiring, TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.ichiro(), TOYAMA_CITY);
        fixture.moveTo(fixture.ledger.hanako(), TAKAOKA);
        valid = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        String narrow = scene.accepted(SharingScene.terms(fixture.ledger.disasterId())
                .add("hostMunicipalities", SharingScene.array(TAKAOKA)).build());
        String revoked = scene.accepted(SharingScene.terms(fixture.ledger.disasterId()).build());
        Account revokedStaff = scene.hostStaff(revoked, TOYAMA_CITY);
        assertEquals(200, scene.decide(scene.admin(HOME), revoked, "revocation").status());
        Account otherAgreementStaff = scene.hostStaff(narrow, TAKAOKA);

        // The home's own case of 一郎, held by 輪島市, with a note that must never leave.
        String home = fixture.token(LedgerAccounts.get().staff());
        assertEquals(200, fixture.post(home, "persons/" + fixture.ledger.ichiro() + "/case/claim", "").status());
        assertEquals(201, fixture.post(home, "persons/" + fixture.ledger.ichiro() + "/case/entries",
                "{\"kind\":\"need\",\"category\":\"housing\",\"urgency\":\"high\",\"note\":\"隔離秘匿メモ 住まいの相談\"}")
                .status());

        String own = platform.api.post("api/v1/disasters", scene.admin(HOST),
                jp.tsunagu.app.it.Platform.switchOn("富山県の隔離試験 " + shortId(), TOYAMA_CITY)).json().getString("id");
        String toyamaOrganisation = platform.api.post("api/v1/support-organisations", scene.admin(HOST),
                Json.createObjectBuilder().add("name", "富山県試験NPO " + shortId()).add("kind", "NPO").build())
                .json().getString("id");
        add("foreign prefecture admin", scene.admin(HOST), valid, HOST, false);
        add("foreign municipality staff", token(granted(own, "MUNICIPALITY_STAFF", municipal())), valid, HOST, false);
        add("foreign municipality lead", token(granted(own, "MUNICIPALITY_LEAD", municipal())), valid, HOST, false);
        add("foreign support worker", token(granted(own, "SUPPORT_WORKER", Json.createObjectBuilder()
                .add("scope", "SUPPORT_ORGANISATION").add("organisationId", toyamaOrganisation))), valid, HOST, false);
        add("foreign resident portal", portalToken(HOST), valid, HOST, false);
        add("host staff under another agreement", token(otherAgreementStaff), valid, HOST, false);
        add("host staff after revocation", token(revokedStaff), revoked, HOST, false);
        add("host staff after expiry", token(expiredStaff), expiring, HOST, false);
        add("organisation not holding the case", token(LedgerAccounts.get().worker()), valid, HOME, true);
        waitUntil(until);
    }

    @Test
    void noCallerWithoutAccessGetsOrChangesAnythingAndEveryAttemptIsLogged() {
        List<Operation> operations = operations();
        List<String> leaks = new ArrayList<>();
        Map<String, Long> before = homeCounts();
        for (Caller caller : callers.values()) {
            List<Operation> tried = operations.stream()
                    .filter(op -> !caller.personPathsOnly() || op.path().contains("{personId}")).toList();
            long refusedBefore = refused(caller.logOf());
            long homeBefore = caller.logOf().equals(HOME) ? refusedBefore : refused(HOME);
            for (Operation operation : tried) {
                Api.Reply reply = platform.api.send(operation.request(caller));
                String attempt = caller.name() + " " + operation;
                if (reply.status() != 403 && reply.status() != 404) {
                    leaks.add(attempt + " answered " + reply);
                } else if (!reply.isProblem()) {
                    leaks.add(attempt + " answered without problem+json: " + reply);
                }
                for (String secret : secrets()) {
                    if (reply.body().contains(secret)) {
                        leaks.add(attempt + " showed seeded data " + secret);
                    }
                }
            }
            long logged = refused(caller.logOf()) - refusedBefore;
            if (logged != tried.size()) {
                leaks.add(caller.name() + ": " + tried.size() + " attempts, " + logged + " refused entries in the access log"
                        + " of tenant " + caller.logOf().value());
            }
            // The host prefecture is party to every agreement here: attempts through one are also in the home's log.
            if (caller.logOf().equals(HOST)) {
                long throughAgreements = tried.stream().filter(op -> op.path().contains("{agreementId}")).count();
                long atHome = refused(HOME) - homeBefore;
                if (atHome != throughAgreements) {
                    leaks.add(caller.name() + ": " + throughAgreements + " attempts through an agreement, " + atHome
                            + " refused entries in the home's access log");
                }
            }
        }
        assertEquals(before, homeCounts(), "nothing was written in the home tenant");
        assertEquals(List.of(), leaks);
    }

    @Test
    void everyOperationOfTheDocumentIsExercisedOrNamedAsHoldingNoPersonalData() {
        List<String> documented = new ArrayList<>();
        openapi().forEach((path, item) -> item.asJsonObject().keySet().forEach(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(documented.contains("GET /api/v1/disasters/{disasterId}/persons/{personId}/case"), documented::toString);
        for (String hostCaseWork : List.of("entries", "claim", "transfer")) {
            assertTrue(documented.contains("POST /api/v1/agreements/{agreementId}/persons/{personId}/case/" + hostCaseWork),
                    documented::toString);
        }
        List<String> stale = NOT_PERSONAL.keySet().stream().filter(op -> !documented.contains(op)).toList();
        assertEquals(List.of(), stale, "operations named as holding no personal data that the document no longer has");
        assertTrue(operations().size() >= 30, () -> "too few operations exercised: " + operations());
    }

    /** An operation of the document, with the ids of this scene in its path and a body that passes validation. */
    record Operation(String method, String path) {

        HttpRequest.Builder request(Caller caller) {
            String concrete = path.replace("{disasterId}", fixture.ledger.disasterId())
                    .replace("{personId}", fixture.ledger.ichiro())
                    .replace("{agreementId}", caller.agreement())
                    .replace("{linkId}", fixture.ledger.twinReview())
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString()).replaceFirst("^/", "");
            HttpRequest.Builder request = platform.api.request(concrete, caller.token()).setHeader("Accept", "*/*");
            if (method.equals("GET")) {
                return request.GET();
            }
            boolean csv = path.endsWith("/imports");
            return request.header("Content-Type", csv ? "text/csv" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body(csv)));
        }

        private String body(boolean csv) {
            if (csv) {
                return "氏名,電話番号\n隔離 侵入,0762999999\n";
            }
            if (path.endsWith("/self-reports")) {
                return selfReport();
            }
            if (path.endsWith("/self-reports/batch")) {
                return "{\"reports\":[" + selfReport() + "]}";
            }
            return BODIES.getOrDefault(path.substring(path.lastIndexOf('/') + 1), "{}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Bodies that pass each endpoint's validation, so a refusal comes from access and nothing else. */
    static final Map<String, String> BODIES = Map.of(
            "entries", "{\"kind\":\"visit\",\"note\":\"侵入者の記録\"}",
            "transfer", "{\"toKind\":\"affected-municipality\",\"municipalityCode\":\"172049\",\"reason\":\"侵入\"}",
            "whereabouts", "{\"kind\":\"hotel\",\"place\":\"侵入者のホテル\",\"municipalityCode\":\"162019\"}",
            "support-records", "{\"entries\":[\"侵入者の援護\"]}",
            "needs", "{\"careNeeded\":true,\"reason\":\"侵入\"}",
            "corrections", "{\"items\":{\"fullName\":\"侵入 太郎\"},\"reason\":\"侵入\"}",
            "provisions", "{\"recipient\":\"本人\",\"legalBasis\":\"consent-or-self\",\"purpose\":\"侵入\","
                    + "\"items\":[\"fullName\"]}",
            "merges", "{\"survivor\":\"" + UUID.randomUUID() + "\",\"absorbed\":\"" + UUID.randomUUID()
                    + "\",\"reason\":\"侵入\"}",
            "decision", "{\"decision\":\"same-person\",\"reason\":\"侵入\"}",
            "deliveries", "{\"portal\":\"intruder\",\"channel\":\"file\"}");

    static String selfReport() {
        return Json.createObjectBuilder().add("submissionId", "intrusion-" + UUID.randomUUID())
                .add("residentReference", "intruder")
                .add("resident", Json.createObjectBuilder().add("fullName", "侵入 花子").add("fullNameKana", "しんにゅう はなこ")
                        .add("birthDate", "1950-01-01").add("sex", "female").add("address", "石川県輪島市河井町1-1")
                        .add("verifiedWithMyNumberCard", false))
                .add("whereabouts", Json.createObjectBuilder().add("kind", "relative-home").add("municipalityCode", "162019"))
                .add("needs", Json.createArrayBuilder().add("housing"))
                .add("consent", Json.createObjectBuilder().add("given", true)
                        .add("parties", Json.createArrayBuilder().add("home-municipality")).add("textVersion", "2026-01"))
                .build().toString();
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        openapi().forEach((path, item) -> item.asJsonObject().keySet().forEach(method -> {
            String operation = method.toUpperCase() + " " + path;
            if (List.of("get", "post", "put", "patch", "delete").contains(method) && !NOT_PERSONAL.containsKey(operation)) {
                operations.add(new Operation(method.toUpperCase(), path));
            }
        }));
        return operations;
    }

    static JsonObject openapi() {
        Api.Reply openapi = platform.api.get("openapi?format=JSON", null);
        assertEquals(200, openapi.status(), openapi::toString);
        return openapi.json().getJsonObject("paths");
    }

    /** The seeded persons' names, readings, birth dates, phones, 個人番号, ids and the case's note. */
    static List<String> secrets() {
        SeededLedger ledger = fixture.ledger;
        return List.of("髙橋", "高橋", "一郎", "山口", "花子", "中谷", "翔太", "健太", "健一", "大輔", "タカハシ", "ヤマグチ",
                "たかはし", "1955-04-12", "1950-01-10", "2012-07-14", "1970-03-01", "090-1234-5678", "090-5555-1212",
                "0768-22-1234", "090-1111-2222", "090-8765-4321", LedgerSeed.MY_NUMBER, "河井町", "隔離秘匿メモ",
                ledger.hanako(), ledger.shota(), ledger.kenta(), ledger.mori(), ledger.yoshida());
    }

    /** Rows of the home tenant's victim data in this instance (or in all instances, for tables without one). */
    static Map<String, Long> homeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = platform.database()) {
            for (String table : List.of("ledger_import_batch", "ledger_source_record", "ledger_rejected_row", "ledger_person",
                    "ledger_person_merge", "ledger_record_link", "ledger_provision", "ledger_export", "ledger_whereabouts",
                    "ledger_import_upload", "ledger_self_report", "ledger_consent", "ledger_outreach_segment",
                    "ledger_outreach_delivery", "support_case", "support_case_handover", "support_case_entry",
                    "account_grant")) {
                boolean perInstance = hasColumn(db, table, "disaster_id");
                try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM tenant_17." + table
                        + (perInstance ? " WHERE disaster_id = ?::uuid" : ""))) {
                    if (perInstance) {
                        count.setString(1, fixture.ledger.disasterId());
                    }
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        counts.put(table, row.getLong(1));
                    }
                }
            }
            try (PreparedStatement count = db.prepareStatement("SELECT count(*), coalesce(sum(version), 0) FROM registry.sharing_agreement");
                 ResultSet row = count.executeQuery()) {
                row.next();
                counts.put("registry.sharing_agreement", row.getLong(1) * 1_000_000 + row.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM information_schema.columns WHERE table_schema ="
                + " 'tenant_17' AND table_name = ? AND column_name = ?")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** How many refused attempts the tenant's access log holds, as its admin finds them. */
    static long refused(PrefectureCode tenant) {
        Api.Reply reply = platform.api.get("api/v1/audit/entries?outcome=refused&size=1", scene.admin(tenant));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static void add(String name, String token, String agreement, PrefectureCode logOf, boolean personPathsOnly) {
        callers.put(name, new Caller(name, token, agreement, logOf, personPathsOnly));
    }

    private static String token(Account account) {
        return platform.token(account);
    }

    private static JsonObjectBuilder municipal() {
        return Json.createObjectBuilder().add("scope", "AFFECTED_MUNICIPALITY").add("municipalityCode", TOYAMA_CITY);
    }

    /** An account of 富山県 with the role in its own instance, logged in with password and TOTP. */
    private static Account granted(String disasterId, String role, JsonObjectBuilder scope) {
        String username = "iso." + role.toLowerCase().replace('_', '-') + "." + shortId();
        JsonObject body = scope.add("role", role).add("username", username).add("email", username + "@example.jp")
                .add("familyName", "隔離").add("givenName", "試験").add("expiresAt", inDays(1).toString()).build();
        Api.Reply reply = platform.api.post("api/v1/disasters/" + disasterId + "/grants", scene.admin(HOST), body);
        assertEquals(201, reply.status(), reply::toString);
        return platform.completeFirstLogin(HOST, username, reply.json().getString("temporaryPassword"));
    }

    /** A resident portal registered in the prefecture, with a token from client credentials. */
    private static String portalToken(PrefectureCode tenant) {
        Api.Reply registered = platform.api.post("api/v1/service-clients", scene.admin(tenant), Json.createObjectBuilder()
                .add("name", "iso-portal-" + shortId()).add("purpose", "隔離試験").add("kind", "resident-portal").build());
        assertEquals(201, registered.status(), registered::toString);
        TokenResult token = platform.serviceToken(tenant.realmName(), registered.json().getString("clientId"),
                registered.json().getString("clientSecret"));
        if (!(token instanceof TokenResult.Granted granted)) {
            throw new IllegalStateException("client credentials refused: " + token);
        }
        return granted.tokens().accessToken();
    }

    private static void waitUntil(Instant until) {
        try {
            Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> notPersonal() {
        String instance = "an instance's name, state and municipalities; another tenant's are covered by TenantIsolationIT";
        String accounts = "staff accounts and their grants, not victims";
        String terms = "an agreement's terms (prefectures, items, period), no person";
        String log = "the caller's own tenant's access log; another tenant's log is not reachable";
        String imports = "progress, counts and row errors of an import, which carry no value from the file";
        String operator = "the operator plane: counts per tenant, never data";
        Map<String, String> listed = new TreeMap<>();
        listed.put("GET /api/v1/me", "the caller's own account");
        listed.put("GET /api/v1/disasters", instance);
        listed.put("POST /api/v1/disasters", "creates an instance in the caller's own tenant");
        listed.put("GET /api/v1/disasters/{id}", instance);
        listed.put("POST /api/v1/disasters/{id}/lifecycle", instance);
        listed.put("GET /api/v1/disasters/{disasterId}/grants", accounts);
        listed.put("POST /api/v1/disasters/{disasterId}/grants", accounts);
        listed.put("POST /api/v1/disasters/{disasterId}/grants/{grantId}/revocation", accounts);
        listed.put("GET /api/v1/support-organisations", "organisations, not persons");
        listed.put("POST /api/v1/support-organisations", "organisations, not persons");
        listed.put("GET /api/v1/service-clients", "machine clients, not persons");
        listed.put("POST /api/v1/service-clients", "machine clients, not persons");
        listed.put("POST /api/v1/service-clients/{clientId}/withdrawal", "machine clients, not persons");
        listed.put("GET /api/v1/agreements", terms);
        listed.put("POST /api/v1/agreements", terms);
        listed.put("GET /api/v1/agreements/{agreementId}", terms);
        listed.put("POST /api/v1/agreements/{agreementId}/acceptance", terms);
        listed.put("POST /api/v1/agreements/{agreementId}/declination", terms);
        listed.put("POST /api/v1/agreements/{agreementId}/revocation", terms);
        listed.put("GET /api/v1/agreements/{agreementId}/grants", accounts);
        listed.put("POST /api/v1/agreements/{agreementId}/grants", accounts);
        listed.put("POST /api/v1/agreements/{agreementId}/grants/{grantId}/revocation", accounts);
        listed.put("GET /api/v1/audit/entries", log);
        listed.put("GET /api/v1/audit/entries.csv", log);
        listed.put("GET /api/v1/audit/verification", log);
        listed.put("POST /api/v1/audit/verification", log);
        listed.put("GET /api/v1/import-profiles", "column mappings of the tenant, no data");
        listed.put("PUT /api/v1/import-profiles/{name}", "column mappings of the tenant, no data");
        listed.put("GET /api/v1/disasters/{disasterId}/imports", imports);
        listed.put("GET /api/v1/disasters/{disasterId}/imports/{batchId}", imports);
        listed.put("GET /api/v1/disasters/{disasterId}/imports/{batchId}/report.csv", imports);
        listed.put("POST /api/v1/disasters/{disasterId}/imports/{batchId}/cancellation", imports);
        listed.put("GET /api/v1/disasters/{disasterId}/whereabouts/by-municipality", "counts per municipality, no person");
        listed.put("GET /api/v1/disasters/{disasterId}/whereabouts/movements", "counts per pair of municipalities, no person");
        listed.put("GET /api/v1/disasters/{disasterId}/sharing-times",
                "a distribution of sharing times (counts, percentiles, a histogram), no person");
        listed.put("GET /api/v1/disasters/{disasterId}/sharing-times/series",
                "the same distributions per day or week, no person");
        listed.put("GET /api/v1/public/web-client", "the browser client's public settings (URLs, client id), before any login");
        listed.put("GET /api/v1/operator/nodes", operator);
        listed.put("GET /api/v1/operator/tenants", operator);
        listed.put("POST /api/v1/operator/tenants/{code}/onboarding", operator);
        listed.put("GET /api/v1/operator/usage", operator);
        return Map.copyOf(listed);
    }
}
