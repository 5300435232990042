package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The access log through the API, with real OTP logins: reads, searches, provisions and exports append entries
 * (ids, a digest for a searched name, the basis), refused attempts are recorded too, the table refuses changes, the
 * prefecture admin searches, downloads and verifies the log, and nobody else reads it.
 */
class AuditTrailIT extends PlatformIT {

    static LedgerFixture fixture;
    static SeededLedger ledger;

    @BeforeAll
    static void seed() {
        fixture = LedgerFixture.withAccounts("アクセス記録");
        ledger = fixture.ledger;
    }

    private static List<JsonObject> entries(String query) {
        Api.Reply reply = platform.api.get("api/v1/audit/entries?size=200&" + query, fixture.adminToken());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static JsonObject onlyEntry(String query) {
        List<JsonObject> found = entries(query);
        assertEquals(1, found.size(), () -> query + ": " + found);
        return found.getFirst();
    }

    /** A CSV download (the API client asks for JSON by default). */
    private static Api.Reply csv(String path, String token) {
        return platform.api.send(platform.api.request(path, token).setHeader("Accept", "text/csv").GET());
    }

    /** How the log shows an id that was not found in the tenant: the other tenant can compute it from its own id. */
    private static String sha256(String id) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void readingAPersonAppendsWhoReadWhomOnWhichBasis() {
        String staff = LedgerAccounts.get().staff().username();
        // 髙橋 一郎 is registered in 輪島市, so its staff see him (森 健一 is of 珠洲市: another municipality's resident).
        assertEquals(200, fixture.get(fixture.token(LedgerAccounts.get().staff()), "persons/" + ledger.ichiro()).status());

        JsonObject entry = onlyEntry("personId=" + ledger.ichiro() + "&action=ledger.person.read&actor=" + staff);
        assertEquals("ALLOWED", entry.getString("outcome"));
        assertEquals("internal-use", entry.getString("legalBasis"));
        assertEquals("AFFECTED_MUNICIPALITY", entry.getString("actorCapacity"));
        assertEquals("municipality-staff", entry.getString("actorRoles"));
        assertEquals("AFFECTED_MUNICIPALITY:172049", entry.getString("actorScope"));
        assertEquals("17", entry.getString("actorTenant"));
        assertEquals(ledger.disasterId(), entry.getString("disaster"));
        assertEquals(64, entry.getString("hash").length());
        assertFalse(entry.toString().contains("髙橋"), "the log holds ids, not names: " + entry);
    }

    @Test
    void aSearchIsRecordedWithItsQueryDigestedAndTheIdsItShowed() {
        String lead = LedgerAccounts.get().lead().username();
        Api.Reply found = fixture.get(fixture.token(LedgerAccounts.get().lead()), "persons?name=" + q("髙橋") + "&size=20");
        assertEquals(200, found.status(), found::toString);

        JsonObject entry = onlyEntry("personId=" + ledger.ichiro() + "&action=ledger.person.search&actor=" + lead);
        String query = entry.getString("query");
        assertTrue(query.matches("name=hmac:[0-9a-f]{32}&size=20"), query);
        assertFalse(entry.toString().contains("髙橋") || entry.toString().contains("高橋"), entry::toString);
        assertTrue(entry.getJsonArray("subjects").toString().contains(ledger.ichiro()));

        // The same name typed again gives the same digest: repeated searches stay visible.
        fixture.get(fixture.token(LedgerAccounts.get().lead()), "persons?name=" + q("髙橋") + "&size=20");
        List<JsonObject> both = entries("personId=" + ledger.ichiro() + "&action=ledger.person.search&actor=" + lead);
        assertEquals(2, both.size());
        assertEquals(both.get(0).getString("query"), both.get(1).getString("query"));
    }

    @Test
    void refusedAttemptsAreRecordedToo() {
        // A support worker granted in the instance: refused by the ledger's access check.
        Api.Reply worker = fixture.get(fixture.token(LedgerAccounts.get().worker()), "persons/" + ledger.yoshida());
        assertEquals(403, worker.status());
        JsonObject refused = onlyEntry("personId=" + ledger.yoshida() + "&outcome=refused&actor="
                + LedgerAccounts.get().worker().username());
        assertEquals("forbidden", refused.getString("refusal"));
        assertEquals("SUPPORT_ORGANISATION", refused.getString("actorCapacity"));

        // Staff of another instance: the instance is not theirs (404), so what they asked for is shown as digests.
        String outsider = LedgerAccounts.get().outsider().username();
        assertEquals(404, fixture.get(fixture.token(LedgerAccounts.get().outsider()), "persons/" + ledger.kenta()).status());
        List<JsonObject> unknown = entries("actor=" + outsider + "&action=ledger.person.read&outcome=REFUSED").stream()
                .filter(e -> e.getString("disaster").equals(sha256(ledger.disasterId()))).toList();
        assertEquals(1, unknown.size(), unknown::toString);
        assertEquals("not-found", unknown.getFirst().getString("refusal"));
        assertEquals(List.of(sha256(ledger.kenta())), LedgerFixture.strings(unknown.getFirst().getJsonArray("subjects")));
        assertFalse(unknown.toString().contains(ledger.kenta()), unknown::toString);

        // Staff asking for the log: refused by the role check before any method runs, and still recorded.
        String staff = LedgerAccounts.get().staff().username();
        assertProblem(platform.api.get("api/v1/audit/entries", fixture.token(LedgerAccounts.get().staff())),
                403, "forbidden", null);
        JsonObject logAttempt = entries("actor=" + staff + "&action=audit.log.search").getFirst();
        assertEquals("REFUSED", logAttempt.getString("outcome"));
    }

    @Test
    void aProvisionWithoutItsBasisIsRefusedNamingTheBasisAndBothAreLogged() {
        String staff = fixture.token(LedgerAccounts.get().staff());
        String path = "persons/" + ledger.hanako() + "/provisions";
        Api.Reply refused = fixture.post(staff, path, "{\"recipient\":\"NPO法人のと支援\",\"legalBasis\":\"consent\","
                + "\"purpose\":\"見守り\",\"items\":[\"fullName\"]}");
        assertProblem(refused, 403, "missing-basis-consent-or-self", "recipient");
        assertEquals("90条の4第1項第1号", refused.json().getString("article"));
        Api.Reply provided = fixture.post(staff, path, "{\"recipient\":\"金沢市\",\"legalBasis\":\"other-local-government\","
                + "\"purpose\":\"広域避難者の支援\",\"items\":[\"fullName\",\"whereabouts\"]}");
        assertEquals(201, provided.status(), provided::toString);

        List<JsonObject> logged = entries("personId=" + ledger.hanako() + "&action=ledger.provision.create");
        assertEquals(2, logged.size());
        JsonObject allowed = logged.get(0);
        assertEquals("ALLOWED", allowed.getString("outcome"));
        assertEquals("other-local-government", allowed.getString("legalBasis"));
        assertEquals("fullName,whereabouts", allowed.getString("items"));
        assertEquals("ledger_provision:" + provided.json().getString("id"), allowed.getString("reference"));
        assertEquals("missing-basis-consent-or-self", logged.get(1).getString("refusal"));

        // The provision is on the person's ledger entry.
        JsonObject detail = fixture.person(ledger.hanako());
        List<JsonObject> provisions = detail.getJsonObject("history").getJsonArray("provisions")
                .getValuesAs(JsonObject.class);
        assertEquals(1, provisions.size());
        assertEquals("金沢市", provisions.getFirst().getString("recipient"));
        assertEquals("other-local-government", provisions.getFirst().getString("legalBasis"));
    }

    @Test
    void anExportIsOneEntryNamingItsRecord() {
        Api.Reply file = csv(fixture.path("ledger.csv?purpose=" + q("監査確認")), fixture.token(LedgerAccounts.get().lead()));
        assertEquals(200, file.status(), file::toString);
        List<JsonObject> logged = entries("action=ledger.export&actor=" + LedgerAccounts.get().lead().username());
        JsonObject export = logged.stream().filter(e -> ledger.disasterId().equals(e.getString("disaster", null)))
                .findFirst().orElseThrow();
        assertTrue(export.getString("reference").startsWith("ledger_export:"), export::toString);
        assertEquals("internal-use", export.getString("legalBasis"));
        assertTrue(export.getString("query").contains("purpose="), export::toString);
    }

    @Test
    void theTableRefusesUpdateAndDelete() throws SQLException {
        fixture.person(ledger.shota());
        try (Connection db = platform.database(); Statement sql = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE tenant_17.audit_entry SET actor_username = 'x' WHERE seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update::getMessage);
            SQLException delete = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("DELETE FROM tenant_17.audit_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete::getMessage);
        }
    }

    @Test
    void theAdminVerifiesTheChainAndDownloadsTheLog() {
        fixture.person(ledger.hanakoVisited());
        Api.Reply verified = platform.api.post("api/v1/audit/verification", fixture.adminToken(), "{}");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().getBoolean("intact"), verified::toString);
        assertTrue(verified.json().getJsonNumber("entries").longValue() > 0);
        assertEquals(verified.json().getString("id"),
                platform.api.get("api/v1/audit/verification", fixture.adminToken()).json().getString("id"));

        Api.Reply download = csv("api/v1/audit/entries.csv?personId=" + ledger.hanakoVisited(), fixture.adminToken());
        assertEquals(200, download.status(), download::toString);
        String[] lines = download.body().split("\r\n");
        assertTrue(lines[0].startsWith("seq,recorded_at,chain,actor_subject"), lines[0]);
        assertTrue(lines.length >= 2, download.body());
        assertTrue(lines[1].contains(ledger.hanakoVisited()) && lines[1].contains("ledger.person.read"), lines[1]);
    }

    @Test
    void onlyThePrefectureAdminOfTheTenantReadsItsLog() {
        fixture.person(ledger.kenta());
        for (var staff : List.of(LedgerAccounts.get().staff(), LedgerAccounts.get().lead(), LedgerAccounts.get().worker())) {
            String token = fixture.token(staff);
            assertEquals(403, platform.api.get("api/v1/audit/entries", token).status());
            assertEquals(403, csv("api/v1/audit/entries.csv", token).status());
            assertEquals(403, platform.api.post("api/v1/audit/verification", token, "{}").status());
        }
        // 富山県's admin reads 富山県's log, which knows nothing of 石川県's persons.
        Api.Reply toyama = platform.api.get("api/v1/audit/entries?personId=" + ledger.kenta(),
                platform.adminToken(PrefectureCode.of(16)));
        assertEquals(200, toyama.status(), toyama::toString);
        assertEquals(0, toyama.json().getInt("total"));
        assertFalse(toyama.body().contains(ledger.kenta()) && toyama.json().getInt("total") > 0);
        assertEquals(403, platform.api.get("api/v1/audit/entries", platform.operatorToken()).status());
    }

    @Test
    void purgingAnInstanceKeepsItsEntriesAndTheChainAndDestroysItsQueryKey() throws SQLException {
        LedgerFixture doomed = LedgerFixture.create("消去と記録");
        String person = doomed.ledger.ichiro();
        assertEquals(200, doomed.get(doomed.adminToken(), "persons?name=" + q("髙橋")).status());
        doomed.person(person);
        assertEquals(1, queryKeys(doomed.ledger.disasterId()));
        for (String action : List.of("close", "archive", "purge")) {
            Api.Reply step = platform.api.post("api/v1/disasters/" + doomed.ledger.disasterId() + "/lifecycle",
                    doomed.adminToken(), "{\"action\":\"" + action + "\",\"reason\":\"試験\"}");
            assertEquals(200, step.status(), step::toString);
        }
        assertEquals(0, queryKeys(doomed.ledger.disasterId()), "the digests of searched names can no longer be tested");
        List<JsonObject> kept = entries("personId=" + person);
        assertEquals(List.of("ledger.person.read", "ledger.person.search"),
                kept.stream().map(e -> e.getString("action")).toList());
        Api.Reply verified = platform.api.post("api/v1/audit/verification", fixture.adminToken(), "{}");
        assertTrue(verified.json().getBoolean("intact"), verified::toString);
    }

    private static long queryKeys(String disasterId) throws SQLException {
        try (Connection db = platform.database(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM tenant_17.audit_query_key WHERE disaster_id = ?::uuid")) {
            count.setString(1, disasterId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void theOperatorSeesCountsOfTheLogNeverItsEntries() throws SQLException {
        fixture.get(fixture.token(LedgerAccounts.get().staff()), "persons/" + ledger.shota());
        assertEquals(200, platform.api.post("api/v1/audit/verification", fixture.adminToken(), "{}").status());
        long before = entriesInDatabase();
        Api.Reply overview = platform.api.get("api/v1/operator/tenants", platform.operatorToken());
        long after = entriesInDatabase();
        assertEquals(200, overview.status(), overview::toString);
        JsonObject ishikawa = overview.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("prefectureCode").equals("17")).findFirst().orElseThrow();
        long entries = ishikawa.getJsonNumber("accessLogEntries").longValue();
        assertTrue(before <= entries && entries <= after, entries + " entries, counted " + before + " and " + after);
        assertTrue(ishikawa.getJsonNumber("accessLogRefused").longValue() > 0);
        assertTrue(ishikawa.getBoolean("accessLogIntact"));
        assertFalse(overview.body().contains(LedgerAccounts.get().staff().username()), "no account from the log");
        assertFalse(overview.body().contains(ledger.shota()), "no person id from the log");
    }

    private static long entriesInDatabase() throws SQLException {
        try (Connection db = platform.database(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*) FROM tenant_17.audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
