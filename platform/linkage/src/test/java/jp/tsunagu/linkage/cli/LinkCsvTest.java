package jp.tsunagu.linkage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCsvTest {

    private static final String HEADER = "record_id,name,name_kana,birth_date,sex,address,phone\n";
    private static final String ROWS = "r1,髙橋 裕子,タカハシ ユウコ,昭和45年3月1日,2,石川県輪島市河井町1部18-1,090-1234-5678\n"
            + "\"r,2\",\"高橋　裕子\",ﾀｶﾊｼ ﾕｰｺ,1970/3/1,女,\"輪島市河井町一部十八番地一\",+81 90 1234 5678\r\n"
            + "r3,鈴木 一郎,,1950-01-10,男,\"石川県能登町宇出津1-1, 2階\",\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String run(byte[] input, String... options) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.write(in, input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = in.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        int status = new LinkCsv(new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, out);
        return status + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linksAndWritesOneLinePerRecord() throws IOException {
        String result = run((HEADER + ROWS).getBytes(StandardCharsets.UTF_8));
        String[] lines = result.split("\n");
        assertEquals("0", lines[0]);
        assertEquals("record_id,person_id", lines[1]);
        assertEquals(5, lines.length);
        assertEquals(lines[2].substring(lines[2].indexOf(',') + 1), lines[3].substring(lines[3].lastIndexOf(',') + 1));
        assertTrue(lines[3].startsWith("\"r,2\","));
    }

    @Test
    void readsUtf8WithBomAndShiftJis() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = (HEADER + ROWS).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        String fromBom = run(withBom);
        String fromSjis = run((HEADER + ROWS).getBytes(Charset.forName("windows-31j")));
        assertTrue(fromBom.startsWith("0\n"));
        assertEquals(fromBom, fromSjis);
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        String result = run("record_id,name,birth_date\nr1,山田,1970-01-01\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(result.startsWith("2\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("name_kana"));
    }

    @Test
    void badLinesNameLineAndFieldButNotTheValue() throws IOException {
        String result = run((HEADER + "r1,山田 太郎,,1970-01-01,男,輪島市,\nr2,秘密の名前,,1970-01-01\n").getBytes(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(result.startsWith("2\n"));
        assertTrue(message.contains("line 3"), message);
        assertFalse(message.contains("秘密"), message);
    }

    @Test
    void repeatedIdsAndUnclosedQuotesAreErrors() throws IOException {
        assertTrue(run((HEADER + "r1,a,,,,,\nr1,b,,,,,\n").getBytes(StandardCharsets.UTF_8)).startsWith("2\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("record_id"));
        assertTrue(run((HEADER + "r1,\"a,,,,,\n").getBytes(StandardCharsets.UTF_8)).startsWith("2\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not closed"));
    }

    @Test
    void unreadableValuesAreWarningsWithoutTheValue() throws IOException {
        String result = run((HEADER + "r1,山田 太郎,,九月ごろ,?,輪島市,not-a-phone\n").getBytes(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(result.startsWith("0\n"));
        assertTrue(message.contains("line 2: field birth_date"), message);
        assertTrue(message.contains("field sex"), message);
        assertTrue(message.contains("field phone"), message);
        assertFalse(message.contains("九月"), message);
    }
}
