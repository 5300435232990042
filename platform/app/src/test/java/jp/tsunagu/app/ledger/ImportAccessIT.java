package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;
import jp.tsunagu.app.it.Platform;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Who may import and who sees which imports: anyone with a grant in the instance imports; municipal staff see all of
 * the instance's imports, a support worker their own; a user of another prefecture and a staff member of another
 * instance of the same prefecture find no import endpoint of the instance at all (404) and learn nothing.
 */
class ImportAccessIT extends ImportSystemTest {

    static final PrefectureCode TOYAMA = PrefectureCode.of(16);

    @Test
    void aSupportWorkerMayImportAndSeesOnlyTheImportsTheyStarted() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 支援団体");
        String staff = scene.staffToken();
        String worker = scene.supportWorkerToken();
        String roster = ImportApi.path(imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(),
                ImportApi.query("profile", "shelter-roster")));
        Api.Reply visits = imports.upload(worker, scene.disasterId, RosterFiles.generated(20, 4),
                ImportApi.query("kind", "OUTREACH_VISIT", "fileName", "訪問記録.csv"));
        assertEquals(202, visits.status(), visits::toString);
        String own = ImportApi.path(visits);
        imports.awaitEnd(staff, roster);
        assertEquals("COMPLETED", imports.awaitEnd(worker, own).getString("phase"));

        assertEquals(List.of("訪問記録.csv"), fileNames(imports.get(worker, ImportApi.imports(scene.disasterId))));
        assertEquals(2, imports.get(staff, ImportApi.imports(scene.disasterId)).array().size());
        assertEquals(200, imports.download(worker, own + "/rejected-rows.csv").status(), "their own rows to correct");
        assertProblem(imports.get(worker, roster), 404, "not-found", null);
        assertEquals(404, imports.download(worker, roster + "/rejected-rows.csv").status());
        assertEquals(200, imports.get(staff, own).status(), "municipal staff see every import of the instance");
        assertEquals(24, ledger.records(scene.disasterId));
    }

    @Test
    void usersOfAnotherPrefectureAndStaffOfAnotherInstanceFindNoImportEndpoint() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 隔離");
        String staff = scene.staffToken();
        Api.Reply imported = imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(),
                ImportApi.query("profile", "shelter-roster", "fileName", "隔離確認_名簿.csv"));
        String batch = ImportApi.path(imported);
        String batchId = batch.substring(batch.lastIndexOf('/') + 1);
        imports.awaitEnd(staff, batch);

        Map<String, String> outsiders = Map.of(
                "another instance's staff", ImportScene.switchOn(platform, "取込 別インスタンス").staffToken(),
                "toyama staff", toyamaStaff(),
                "toyama admin", platform.adminToken(TOYAMA));
        List<String> seen = new ArrayList<>();
        for (var outsider : outsiders.entrySet()) {
            String token = outsider.getValue();
            List<Api.Reply> replies = List.of(
                    imports.upload(token, scene.disasterId, RosterFiles.generated(3, 5), ImportApi.query("kind", "CALL_CENTRE")),
                    imports.get(token, ImportApi.imports(scene.disasterId)),
                    imports.get(token, batch),
                    imports.cancel(token, batch));
            for (Api.Reply reply : replies) {
                if (reply.status() != 404 || reply.body().contains(batchId) || reply.body().contains("隔離確認")) {
                    seen.add(outsider.getKey() + ": " + reply);
                }
            }
            for (String download : List.of(batch + "/report.csv", batch + "/rejected-rows.csv")) {
                ImportApi.Download answer = imports.download(token, download);
                if (answer.status() != 404 || answer.text().contains("髙橋")) {
                    seen.add(outsider.getKey() + ": " + download + " -> " + answer.status());
                }
            }
        }
        assertEquals(List.of(), seen);
        assertProblem(imports.get(platform.operatorToken(), batch), 403, "forbidden", null);
        assertEquals(1, ledger.batches(scene.disasterId), "nobody else's upload reached the instance");
        assertEquals(4, ledger.records(scene.disasterId));
    }

    @Test
    void profilesAreDefinedByMunicipalStaffForTheirPrefectureOnly() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 様式");
        String staff = scene.staffToken();
        String name = "wajima-shelters-" + ImportScene.shortId();
        String profile = "{\"name\":\"" + name + "\",\"title\":\"輪島市 避難者名簿（独自様式）\",\"sourceKind\":\"SHELTER_ROSTER\","
                + "\"columns\":[{\"field\":\"fullName\",\"headers\":[\"避難者名\"]},"
                + "{\"field\":\"fullNameKana\",\"headers\":[\"カナ\"],\"transform\":\"KATAKANA\"},"
                + "{\"field\":\"whereabouts\",\"constant\":\"輪島市立輪島中学校\"}]}";

        Api.Reply defined = put(staff, name, profile);
        assertEquals(201, defined.status(), defined::toString);
        assertEquals(false, defined.json().getBoolean("builtIn"));
        assertEquals(200, put(staff, name, profile.replace("避難者名\"]", "避難者名\",\"氏名\"]")).status(), "redefined");
        assertProblem(put(staff, name, profile.replace("\"fullNameKana\"", "\"furigana\"")), 400, "invalid-request",
                "columns[1].field");
        assertProblem(put(staff, "other-name", profile), 400, "invalid-request", "name");
        assertProblem(put(staff, "shelter-roster", profile.replace(name, "shelter-roster")), 400, "invalid-request", "name");
        assertProblem(put(scene.supportWorkerToken(), name, profile), 403, "forbidden", null);

        List<JsonObject> profiles = imports.get(staff, "api/v1/import-profiles").array().getValuesAs(JsonObject.class);
        assertTrue(profiles.stream().anyMatch(p -> p.getString("name").equals("shelter-roster") && p.getBoolean("builtIn")));
        JsonObject own = profiles.stream().filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(2, own.getJsonObject("definition").getJsonArray("columns").getJsonObject(0).getJsonArray("headers")
                .size(), "the redefinition holds");
        assertFalse(imports.get(platform.adminToken(TOYAMA), "api/v1/import-profiles").body().contains(name),
                "another prefecture does not see it");

        Api.Reply imported = imports.upload(staff, scene.disasterId,
                "避難者名,カナ\n能登 花子,ﾉﾄ ﾊﾅｺ\n".getBytes(RosterFiles.WINDOWS_31J), ImportApi.query("profile", name));
        assertEquals(202, imported.status(), imported::toString);
        assertEquals("COMPLETED", imports.awaitEnd(staff, ImportApi.path(imported)).getString("phase"));
        assertEquals(1, ledger.count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"
                + " AND full_name = '能登 花子' AND whereabouts = '輪島市立輪島中学校' AND full_name_kana LIKE 'ノト%'",
                scene.disasterId));
    }

    private Api.Reply put(String token, String name, String json) {
        return platform.api.send(platform.api.request("api/v1/import-profiles/" + name, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String toyamaStaff() {
        String admin = platform.adminToken(TOYAMA);
        Api.Reply created = platform.api.post("api/v1/disasters", admin,
                Platform.switchOn("富山県 取込隔離 " + ImportScene.shortId(), "162019"));
        assertEquals(201, created.status(), created::toString);
        return platform.token(platform.grantAndLogIn(TOYAMA, created.json().getString("id"),
                "toyama.imports." + ImportScene.shortId(), "AFFECTED_MUNICIPALITY", "162019", Platform.inDays(1)));
    }

    private static List<String> fileNames(Api.Reply list) {
        return list.array().getValuesAs(JsonObject.class).stream().map(i -> i.getString("fileName")).toList();
    }
}
