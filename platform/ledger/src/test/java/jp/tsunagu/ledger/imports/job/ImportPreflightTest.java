package jp.tsunagu.ledger.imports.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.FileEncoding;
import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.imports.csv.ImportFileException.Reason;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.testing.Samples;

/** A file the job would stop on is refused before it is accepted, naming why and where; broken rows are the job's. */
class ImportPreflightTest {

    static final ColumnProfile ROSTER = BuiltInProfiles.require(BuiltInProfiles.SHELTER_ROSTER);
    static final String HEADER = "No.,氏名,ふりがな,生年月日\n";

    final ImportPreflight preflight = new ImportPreflight(ImportLimits.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void aShiftJisRosterWithBrokenRowsPassesForItsRowsToBeJudgedOneByOne() {
        assertEquals(FileEncoding.WINDOWS_31J, preflight.check(Samples.path("roster-sjis-broken.csv"), EncodingChoice.AUTO,
                ROSTER).encoding());
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedWithTheLineItOpensOn() throws Exception {
        Path file = write("unclosed.csv", HEADER + "1,山田 花子,やまだ はなこ,1950/1/1\n2,\"田中 一郎,たなか,1960/2/2\n3,x,x,x\n",
                StandardCharsets.UTF_8);
        ImportFileException refused = refused(file);
        assertEquals(Reason.UNTERMINATED_QUOTE, refused.reason());
        assertEquals(OptionalLong.of(3), refused.line());
    }

    @Test
    void aHeaderWithoutANameColumnIsRefused() throws Exception {
        Path file = write("no-name.csv", "No.,住所\n1,輪島市\n", StandardCharsets.UTF_8);
        assertEquals(Reason.MISSING_COLUMNS, refused(file).reason());
    }

    @Test
    void utf16IsRefused() throws Exception {
        Path file = write("utf16.csv", "\uFEFF" + HEADER + "1,山田 花子,やまだ はなこ,1950/1/1\n", StandardCharsets.UTF_16LE);
        assertEquals(Reason.UNSUPPORTED_ENCODING, refused(file).reason());
    }

    @Test
    void bytesOutsideTheEncodingTheUserNamedAreRefusedAtTheirLine() throws Exception {
        Path file = write("sjis.csv", "externalId,fullName,fullNameKana\n1,髙橋 一郎,たかはし いちろう\n",
                Charset.forName("windows-31j"));
        ImportFileException refused = assertThrows(ImportFileException.class, () -> preflight.check(file,
                EncodingChoice.UTF_8, BuiltInProfiles.require(BuiltInProfiles.STANDARD)));
        assertEquals(Reason.WRONG_ENCODING, refused.reason());
        assertEquals(OptionalLong.of(2), refused.line());
    }

    private ImportFileException refused(Path file) {
        return assertThrows(ImportFileException.class, () -> preflight.check(file, EncodingChoice.AUTO, ROSTER));
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }
}
