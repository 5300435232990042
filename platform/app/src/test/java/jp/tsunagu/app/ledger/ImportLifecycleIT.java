package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;

/** Imports follow the disaster instance's life: a closing instance takes no import, and keeps what it has. */
class ImportLifecycleIT extends ImportSystemTest {

    @Test
    void closingTheInstanceMakesImports409AndKeepsWhatWasImported() {
        ImportScene scene = ImportScene.switchOn(platform, "取込 終了");
        String staff = scene.staffToken();
        String first = ImportApi.path(imports.upload(staff, scene.disasterId, RosterFiles.brokenShiftJisRoster(),
                ImportApi.query("profile", "shelter-roster")));
        imports.awaitEnd(staff, first);

        scene.step("close");
        Api.Reply refused = imports.upload(staff, scene.disasterId, RosterFiles.generated(5, 3),
                ImportApi.query("kind", "CALL_CENTRE"));
        assertProblem(refused, 409, "conflict", null);
        assertEquals(200, imports.get(staff, first).status(), "a closing instance can still be read");
        assertEquals(200, imports.download(staff, first + "/rejected-rows.csv").status());
        assertEquals(4, ledger.records(scene.disasterId));
        assertEquals(1, ledger.batches(scene.disasterId));

        scene.step("reopen");
        Api.Reply accepted = imports.upload(staff, scene.disasterId, RosterFiles.generated(5, 3),
                ImportApi.query("kind", "CALL_CENTRE"));
        assertEquals(202, accepted.status(), accepted::toString);
        imports.awaitEnd(staff, ImportApi.path(accepted));
        assertEquals(9, ledger.records(scene.disasterId));
    }
}
