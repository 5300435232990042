package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;

/**
 * A municipal staff member imports 輪島市's shelter roster, saved by Excel in Shift_JIS with 髙 and 﨑 and four rows that
 * cannot be stored, through the API after a real password + TOTP login; downloads the report and the rejected rows,
 * corrects them and imports them again.
 */
class ImportRosterIT extends ImportSystemTest {

    static final String ROSTER = ImportApi.query("profile", "shelter-roster", "fileName", "輪島中学校_避難者名簿.csv");

    @Test
    void theGoodRowsAreStoredAndLinkedAndEveryRejectedRowIsReportedWithItsReason() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 名簿");
        String staff = scene.staffToken();

        Api.Reply accepted = imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(), ROSTER);
        assertEquals(202, accepted.status(), accepted::toString);
        assertNotNull(accepted.location());
        assertEquals(false, accepted.json().getBoolean("alreadyImported"));
        JsonObject done = imports.awaitEnd(staff, ImportApi.path(accepted));

        assertEquals("COMPLETED", done.getString("phase"), done::toString);
        assertEquals("WINDOWS_31J", done.getString("encoding"));
        assertEquals("SHELTER_ROSTER", done.getString("sourceKind"));
        assertEquals("輪島中学校_避難者名簿.csv", done.getString("fileName"));
        assertTrue(done.getString("importedBy").startsWith("imports.staff."));
        assertEquals(counts(8, 4, 0, 4), done.getJsonObject("counts"));
        assertEquals(RosterFiles.ROSTER_ERRORS, errors(done));
        assertEquals(List.of(5L, 6L, 7L, 8L), lines(done), "lines as an editor shows them; row 2 spans two lines");
        assertFalse(done.toString().contains("13月30日") || done.toString().contains("hinata")
                || done.toString().contains("ほぼ全壊"), "the report names fields and reasons, never a value");
        JsonObject linkage = done.getJsonObject("linkage");
        assertEquals(4, linkage.getInt("newPersons"), linkage::toString);
        assertEquals(0, linkage.getInt("unlinked"));
        assertEquals(1.0, done.getJsonObject("progress").getJsonNumber("fractionDone").doubleValue());

        assertEquals(4, ledger.records(scene.disasterId));
        assertEquals(4, ledger.persons(scene.disasterId), "linking made a person of each stored record");
        assertEquals(4, ledger.linkedRecords(scene.disasterId));
        assertEquals(1, ledger.recordsNamed(scene.disasterId, "髙橋 﨑子"), "髙 and 﨑 are kept as written");
        assertEquals(1, ledger.recordsNamed(scene.disasterId, "宮﨑 太郎"));
        assertNoUploadLeft();
    }

    @Test
    void theRejectedRowsCorrectedAndImportedAgainStoreOnlyTheFixedRows() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 訂正");
        String staff = scene.staffToken();
        String first = ImportApi.path(imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(), ROSTER));
        imports.awaitEnd(staff, first);

        ImportApi.Download report = imports.download(staff, first + "/report.csv");
        assertEquals(200, report.status(), report::toString);
        assertTrue(report.contentType().startsWith("text/csv"), report.contentType());
        assertTrue(report.startsWithUtf8Bom(), "Excel reads UTF-8 only with its BOM");
        assertTrue(report.disposition().startsWith("attachment;"), report.disposition());
        assertTrue(report.disposition().contains("filename*=UTF-8''"), report.disposition());
        assertTrue(report.text().contains("3,5,birthDate,生年月日,INVALID_DATE,"), report.text());
        assertTrue(report.text().contains("6,8,damageGrade,"), report.text());
        assertFalse(report.text().contains("山﨑") || report.text().contains("13月30日"), "no value from the file");

        ImportApi.Download rejected = imports.download(staff, first + "/rejected-rows.csv");
        assertEquals(200, rejected.status(), rejected::toString);
        assertTrue(rejected.startsWithUtf8Bom());
        assertTrue(rejected.text().contains("取込エラー"));
        assertTrue(rejected.text().contains("平成2年13月30日"), "rows to correct keep their values as received");
        assertFalse(rejected.text().contains("佐藤 花子"), "stored rows are not in it");

        Api.Reply again = imports.upload(staff, scene.disasterId, RosterFiles.corrected(rejected.text()),
                ImportApi.query("profile", "shelter-roster", "fileName", "避難者名簿_修正.csv"));
        assertEquals(202, again.status(), again::toString);
        JsonObject corrected = imports.awaitEnd(staff, ImportApi.path(again));
        assertEquals("COMPLETED", corrected.getString("phase"), corrected::toString);
        assertEquals("UTF_8_BOM", corrected.getString("encoding"));
        assertEquals(counts(4, 3, 0, 1), corrected.getJsonObject("counts"), "three rows fixed, the reading still wrong");
        assertEquals(List.of(), corrected.getJsonArray("unusedColumns").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList(), "the correction columns are the download's own");
        assertEquals(7, ledger.records(scene.disasterId), "4 + 3: nothing stored twice");
        assertEquals(7, ledger.linkedRecords(scene.disasterId));

        ImportApi.Download waiting = imports.download(staff, first + "/rejected-rows.csv");
        assertFalse(waiting.text().contains("平成2年13月30日") || waiting.text().contains("はやし じろう"),
                "the first import's rows fixed since are settled: " + waiting.text());
        assertEquals(1, Pattern.compile(",[0-9a-f-]{36}\r?$", Pattern.MULTILINE)
                .matcher(waiting.text()).results().count(), "one row still wrong: " + waiting.text());

        Api.Reply sameAgain = imports.upload(staff, scene.disasterId, RosterFiles.corrected(rejected.text()),
                ImportApi.query("profile", "shelter-roster"));
        assertEquals(200, sameAgain.status(), sameAgain::toString);
        assertTrue(sameAgain.json().getBoolean("alreadyImported"));
        assertEquals(7, ledger.records(scene.disasterId));
    }

    @Test
    void theSameFileAgainAnswersWithTheFirstImportAndStoresNothing() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 重複");
        String staff = scene.staffToken();
        Api.Reply first = imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(), ROSTER);
        imports.awaitEnd(staff, ImportApi.path(first));

        Api.Reply again = imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(), ROSTER);
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.location(), again.location());
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals("COMPLETED", again.json().getString("phase"));
        assertEquals(counts(8, 4, 0, 4), again.json().getJsonObject("counts"), "the counts of the first import");
        assertEquals(1, ledger.batches(scene.disasterId));
        assertEquals(4, ledger.records(scene.disasterId));
        assertEquals(4, ledger.persons(scene.disasterId));
    }

    @Test
    void aFileSentAsTheFilePartOfAFormIsImportedUnderItsOwnName() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 フォーム");
        String staff = scene.staffToken();
        Api.Reply accepted = imports.uploadForm(staff, scene.disasterId, "wajima-roster.csv",
                RosterFiles.brokenShiftJisRoster(), ImportApi.query("profile", "shelter-roster"));
        assertEquals(202, accepted.status(), accepted::toString);
        JsonObject done = imports.awaitEnd(staff, ImportApi.path(accepted));
        assertEquals("wajima-roster.csv", done.getString("fileName"));
        assertEquals(counts(8, 4, 0, 4), done.getJsonObject("counts"));
    }

    @Test
    void theListShowsTheInstancesImportsNewestFirst() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 一覧");
        String staff = scene.staffToken();
        imports.awaitEnd(staff, ImportApi.path(imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(),
                ROSTER)));
        imports.awaitEnd(staff, ImportApi.path(imports.upload(staff, scene.disasterId, RosterFiles.generated(10, 7),
                ImportApi.query("kind", "CALL_CENTRE", "fileName", "call-centre.csv"))));

        List<JsonObject> list = imports.get(staff, ImportApi.imports(scene.disasterId)).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("call-centre.csv", "輪島中学校_避難者名簿.csv"),
                list.stream().map(i -> i.getString("fileName")).toList());
        assertEquals(List.of("tsunagu-standard", "shelter-roster"), list.stream().map(i -> i.getString("profile")).toList());
        assertEquals(List.of("CALL_CENTRE", "SHELTER_ROSTER"), list.stream().map(i -> i.getString("sourceKind")).toList());
        list.forEach(i -> {
            assertEquals("COMPLETED", i.getString("phase"));
            assertTrue(i.getString("importedBy").startsWith("imports.staff."));
            assertNotNull(i.getString("startedAt"));
            assertNotNull(i.getJsonObject("counts"));
        });
        assertEquals(1, imports.get(staff, ImportApi.imports(scene.disasterId) + "?limit=1").array().size());
    }

    static JsonObject counts(int read, int stored, int duplicates, int rejected) {
        return Json.createObjectBuilder().add("read", read).add("stored", stored).add("duplicates", duplicates)
                .add("rejected", rejected).build();
    }

    private static List<String> errors(JsonObject state) {
        List<String> errors = new ArrayList<>();
        for (JsonObject row : state.getJsonObject("errors").getJsonArray("rows").getValuesAs(JsonObject.class)) {
            for (JsonObject problem : row.getJsonArray("problems").getValuesAs(JsonObject.class)) {
                errors.add(row.getInt("row") + ":" + problem.getString("field") + ":" + problem.getString("reason"));
            }
        }
        return errors;
    }

    private static List<Long> lines(JsonObject state) {
        return state.getJsonObject("errors").getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("line").longValue()).toList();
    }
}
