package jp.tsunagu.app.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.Api;

/**
 * A file that cannot be imported is refused while the uploader waits, with an RFC 9457 problem that says what is
 * wrong (and where, for a line) without quoting the file; nothing of it is stored, and nothing stored before is lost.
 */
class ImportRefusalsIT extends ImportSystemTest {

    // The system tests run with tsunagu.ledger.import.max-bytes = 16 MiB (platform/app/pom.xml).
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final String ROSTER = ImportApi.query("profile", "shelter-roster");

    static ImportScene scene;

    @BeforeAll
    static void scene() {
        scene = ImportScene.switchOn(platform, "取込 拒否");
    }

    @AfterEach
    void nothingWasKept() {
        assertEquals(0, ledger.batches(scene.disasterId));
        assertEquals(0, ledger.records(scene.disasterId));
        assertNoUploadLeft();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
        byte[] tooLarge = new byte[MAX_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        Api.Reply declared = platform.api.send(request().expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        assertProblem(declared, 413, "payload-too-large", "file");
        assertEquals("TOO_LARGE", declared.json().getString("reason"));

        Api.Reply streamed = platform.api.send(request()
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private int left = MAX_BYTES + 1;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }
                })));
        assertProblem(streamed, 413, "payload-too-large", "file");
    }

    @Test
    void aUtf16FileIsRefusedNamingTheEncodingsThatAreRead() {
        Api.Reply refused = imports.upload(scene.staffToken(), scene.disasterId, RosterFiles.utf16Roster(), ROSTER);
        assertProblem(refused, 400, "invalid-request", "file");
        assertEquals("UNSUPPORTED_ENCODING", refused.json().getString("reason"));
        assertTrue(refused.json().getString("detail").contains("UTF-8 or Shift_JIS"), refused::toString);
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedNamingTheLineItOpensOn() {
        String file = RosterFiles.ROSTER_HEADER + "\n1,2024/1/2,輪島中学校,A-1,世帯主,髙橋 一郎,たかはし いちろう,男,S30.4.12,"
                + "輪島市,,,,全壊,\n2,2024/1/2,輪島中学校,A-1,妻,\"髙橋 﨑子,たかはし さきこ,女,S33.8.1,輪島市,,,,全壊,\n";
        Api.Reply refused = imports.upload(scene.staffToken(), scene.disasterId, file.getBytes(RosterFiles.WINDOWS_31J),
                ROSTER);
        assertProblem(refused, 400, "invalid-request", "file");
        assertEquals("UNTERMINATED_QUOTE", refused.json().getString("reason"));
        assertTrue(refused.json().getString("detail").startsWith("line 3:"), refused::toString);
        assertFalse(refused.body().contains("髙橋"), "a problem never quotes the file");
    }

    @Test
    void aHeaderWithoutANameColumnIsRefusedAsProbablyTheWrongProfile() {
        Api.Reply refused = imports.upload(scene.staffToken(), scene.disasterId,
                "No.,住所,電話番号\n1,輪島市河井町,0768-22-1111\n".getBytes(StandardCharsets.UTF_8), ROSTER);
        assertProblem(refused, 400, "invalid-request", "file");
        assertEquals("MISSING_COLUMNS", refused.json().getString("reason"));
        assertTrue(refused.json().getString("detail").contains("right profile"), refused::toString);
    }

    @Test
    void anUnknownProfileAMissingKindAndAWrongEncodingNameTheParameter() {
        byte[] roster = RosterFiles.brokenShiftJisRoster();
        String staff = scene.staffToken();
        assertProblem(imports.upload(staff, scene.disasterId, roster, ImportApi.query("profile", "no-such-profile")),
                400, "invalid-request", "profile");
        assertProblem(imports.upload(staff, scene.disasterId, roster, ""), 400, "invalid-request", "kind");
        assertProblem(imports.upload(staff, scene.disasterId, roster, ImportApi.query("profile", "shelter-roster",
                "encoding", "utf-16")), 400, "invalid-request", "encoding");
    }

    private HttpRequest.Builder request() {
        return platform.api.request(ImportApi.imports(scene.disasterId) + ROSTER, scene.staffToken())
                .header("Content-Type", "text/csv");
    }
}
