package jp.tsunagu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Logins.Account;
import jp.tsunagu.app.it.PlatformIT;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A user of tenant A, and a national operator, get no data of tenant B on any endpoint that exists: the endpoints
 * are read from the application's own OpenAPI document, so a new endpoint is covered the day it is added.
 */
class TenantIsolationIT extends PlatformIT {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    static final PrefectureCode TOYAMA = PrefectureCode.of(16);

    @Test
    void noEndpointGivesTenantBDataToUsersOfTenantA() {
        String noto = platform.noto();
        String ishikawaGrant = anyGrantOf(noto);
        // A name nobody else is given (other tests name instances 隔離試験 and the like): where it shows, it leaked.
        String givenName = katakana(shortId());
        String ishikawaImport = anyImportOf(noto, givenName);
        String ishikawaPerson = personImportedBy(ishikawaImport);
        Account toyamaStaff = toyamaStaff();
        // Another tenant's admin and staff, and the national operator, who sees figures only.
        Map<String, String> tokens = Map.of(
                "toyama-admin", platform.adminToken(TOYAMA),
                "toyama-staff", platform.token(toyamaStaff),
                "national-operator", platform.operatorToken());
        // Ids and accounts only: a disaster's name is no secret (富山県 may well run an instance of the same name).
        Set<String> secrets = Set.of(noto, ishikawaGrant, ishikawaImport, ishikawaPerson, givenName, "admin17.it");

        List<String> paths = getPaths();
        assertTrue(paths.contains("/api/v1/disasters/{id}"), "the OpenAPI document lists the API: " + paths);
        List<String> leaks = new ArrayList<>();
        for (String template : paths) {
            // Ids this test does not know (a person, a merge, …) get a random one: the path must at least be valid.
            String path = template.replace("{id}", noto).replace("{disasterId}", noto)
                    .replace("{grantId}", ishikawaGrant).replace("{batchId}", ishikawaImport)
                    .replace("{personId}", ishikawaPerson)
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString()).replaceFirst("^/", "");
            for (var caller : tokens.entrySet()) {
                Api.Reply reply = platform.api.get(path, caller.getValue());
                for (String secret : secrets) {
                    if (reply.body().contains(secret)) {
                        leaks.add(caller.getKey() + " GET " + template + " -> " + reply.status() + " holds " + secret);
                    }
                }
                if (reply.status() == 200 && template.contains("{")) {
                    leaks.add(caller.getKey() + " GET " + template + " answered 200 for another tenant's id");
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void tenantAUsersCannotChangeTenantBData() {
        String noto = platform.noto();
        String toyamaAdmin = platform.adminToken(TOYAMA);
        assertProblem(platform.api.post("api/v1/disasters/" + noto + "/lifecycle", toyamaAdmin, "{\"action\":\"close\"}"),
                404, "not-found", null);
        assertProblem(platform.grant(TOYAMA, noto, "intruder", "HOST_MUNICIPALITY", "162019", inDays(1)),
                404, "not-found", null);
        JsonObject still = platform.api.get("api/v1/disasters/" + noto, platform.adminToken(ISHIKAWA)).json();
        assertEquals("ACTIVE", still.getString("status"));
    }

    @Test
    void eachTenantListsOnlyItsOwnInstances() {
        platform.noto();
        String toyamaAdmin = platform.adminToken(TOYAMA);
        platform.api.post("api/v1/disasters", toyamaAdmin, jp.tsunagu.app.it.Platform.switchOn(
                "令和6年能登半島地震（富山県）", "162019").toString());
        var toyama = platform.api.get("api/v1/disasters", toyamaAdmin).array();
        assertFalse(toyama.toString().contains("172049"));
        var ishikawa = platform.api.get("api/v1/disasters", platform.adminToken(ISHIKAWA)).array();
        assertFalse(ishikawa.toString().contains("162019"));
    }

    private static String katakana(String hex) {
        StringBuilder name = new StringBuilder();
        hex.chars().forEach(digit -> name.append("アイウエオカキクケコサシスセソタ".charAt(Character.digit(digit, 16))));
        return name.toString();
    }

    private Account toyamaStaff() {
        String toyamaAdmin = platform.adminToken(TOYAMA);
        Api.Reply created = platform.api.post("api/v1/disasters", toyamaAdmin,
                jp.tsunagu.app.it.Platform.switchOn("富山県試験災害 " + shortId(), "162019").toString());
        assertEquals(201, created.status(), created::toString);
        return platform.grantAndLogIn(TOYAMA, created.json().getString("id"), "toyama." + shortId(),
                "AFFECTED_MUNICIPALITY", "162019", inDays(1));
    }

    private String anyGrantOf(String disasterId) {
        var grants = platform.api.get("api/v1/disasters/" + disasterId + "/grants", platform.adminToken(ISHIKAWA)).array();
        if (!grants.isEmpty()) {
            return grants.getJsonObject(0).getString("id");
        }
        return platform.grant(ISHIKAWA, disasterId, "isolation." + shortId(), "HOST_MUNICIPALITY", "172014", inDays(1))
                .json().getString("id");
    }

    // An import of one row into the instance.
    private String anyImportOf(String disasterId, String givenName) {
        Api.Reply imported = platform.api.send(platform.api.request("api/v1/disasters/" + disasterId
                + "/imports?kind=CALL_CENTRE&fileName=isolation.csv", platform.adminToken(ISHIKAWA))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("氏名,電話番号\n隔離 " + givenName + ",0762000000\n")));
        assertTrue(imported.status() == 202 || imported.status() == 200, imported::toString);
        return imported.json().getString("id");
    }

    /** The person the import's one row was linked to, once linking (in the background) is done. */
    private String personImportedBy(String batchId) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (java.sql.Connection db = platform.database(); java.sql.PreparedStatement query = db.prepareStatement(
                    "SELECT l.person_id FROM tenant_17.ledger_record_link l JOIN tenant_17.ledger_source_record r"
                            + " ON r.id = l.record_id WHERE r.batch_id = ?::uuid AND l.state = 'ACTIVE'")) {
                query.setString(1, batchId);
                try (java.sql.ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return rows.getString(1);
                    }
                }
                Thread.sleep(250);
            } catch (java.sql.SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the import was not linked within two minutes");
    }

    private List<String> getPaths() {
        Api.Reply openapi = platform.api.get("openapi?format=JSON", null);
        assertEquals(200, openapi.status(), openapi::toString);
        List<String> paths = new ArrayList<>();
        openapi.json().getJsonObject("paths").forEach((path, item) -> {
            if (((JsonObject) item).containsKey("get")) {
                paths.add(path);
            }
        });
        return paths;
    }
}
