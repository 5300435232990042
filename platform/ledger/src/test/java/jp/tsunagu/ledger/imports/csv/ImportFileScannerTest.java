package jp.tsunagu.ledger.imports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFileScannerTest {

    static final Charset MS932 = Charset.forName("windows-31j");
    static final String ROSTER = "氏名,ふりがな\n髙橋 﨑子,たかはし さきこ\n渡邊 一郎,わたなべ いちろう\n";

    @TempDir
    Path dir;

    final ImportFileScanner scanner = new ImportFileScanner(ImportLimits.DEFAULT);

    @Test
    void detectsUtf8WithoutBom() throws Exception {
        assertEquals(FileEncoding.UTF_8, scanner.scan(write(ROSTER.getBytes(StandardCharsets.UTF_8)), EncodingChoice.AUTO).encoding());
    }

    @Test
    void detectsUtf8WithBom() throws Exception {
        byte[] text = ROSTER.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        System.arraycopy(FileEncoding.UTF_8_BOM_BYTES, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(FileEncoding.UTF_8_BOM, scanner.scan(write(withBom), EncodingChoice.AUTO).encoding());
    }

    @Test
    void detectsShiftJisWithIbmAndNecExtensionCharacters() throws Exception {
        byte[] sjis = ROSTER.getBytes(MS932);
        assertEquals("髙橋 﨑子", new String(sjis, MS932).lines().skip(1).findFirst().orElseThrow().split(",")[0],
                "the test data round-trips through Windows-31J");
        assertEquals(FileEncoding.WINDOWS_31J, scanner.scan(write(sjis), EncodingChoice.AUTO).encoding());
    }

    @Test
    void detectsShiftJisEvenWhenTheFirstMegabyteIsAscii() throws Exception {
        String ascii = "name,kana\n" + "a,b\n".repeat(300_000);
        byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "髙橋,たかはし\n".getBytes(MS932);
        byte[] file = new byte[head.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, head.length, tail.length);
        assertEquals(FileEncoding.WINDOWS_31J, scanner.scan(write(file), EncodingChoice.AUTO).encoding());
    }

    @Test
    void aUtf8MultiByteCharacterSplitAcrossReadBuffersIsStillUtf8() throws Exception {
        String text = "x".repeat(64 * 1024 - 1) + "髙橋\n";
        assertEquals(FileEncoding.UTF_8, scanner.scan(write(text.getBytes(StandardCharsets.UTF_8)), EncodingChoice.AUTO).encoding());
    }

    @Test
    void theUserCanSayTheEncoding() throws Exception {
        Path file = write(ROSTER.getBytes(StandardCharsets.UTF_8));
        assertEquals(FileEncoding.WINDOWS_31J, scanner.scan(file, EncodingChoice.SHIFT_JIS).encoding());
        assertEquals(FileEncoding.UTF_8, scanner.scan(file, EncodingChoice.UTF_8).encoding());
    }

    @Test
    void theSameContentHasTheSameHashWhateverTheFileName() throws Exception {
        Path one = write(ROSTER.getBytes(StandardCharsets.UTF_8));
        Path two = Files.write(dir.resolve("copy.csv"), ROSTER.getBytes(StandardCharsets.UTF_8));
        Path other = Files.write(dir.resolve("other.csv"), (ROSTER + "x,y\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(scanner.scan(one, EncodingChoice.AUTO).sha256(), scanner.scan(two, EncodingChoice.AUTO).sha256());
        assertNotEquals(scanner.scan(one, EncodingChoice.AUTO).sha256(), scanner.scan(other, EncodingChoice.AUTO).sha256());
        assertEquals(64, scanner.scan(one, EncodingChoice.AUTO).sha256().length());
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        Path file = write(ROSTER.getBytes(StandardCharsets.UTF_8));
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> new ImportFileScanner(new ImportLimits(20, 100, 10)).scan(file, EncodingChoice.AUTO));
        assertEquals(ImportFileException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void refusesEmptyAndUtf16Files() throws Exception {
        assertEquals(ImportFileException.Reason.EMPTY,
                assertThrows(ImportFileException.class, () -> scanner.scan(write(new byte[0]), EncodingChoice.AUTO)).reason());
        byte[] utf16 = ("\uFEFF" + ROSTER).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(ImportFileException.Reason.UNSUPPORTED_ENCODING,
                assertThrows(ImportFileException.class, () -> scanner.scan(write(utf16), EncodingChoice.AUTO)).reason());
    }

    private Path write(byte[] content) throws Exception {
        return Files.write(dir.resolve("file.csv"), content);
    }
}
