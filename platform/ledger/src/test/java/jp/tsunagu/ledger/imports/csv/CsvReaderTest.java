package jp.tsunagu.ledger.imports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static final Charset MS932 = Charset.forName("windows-31j");

    @Test
    void readsPlainRecordsWithAnyLineEnding() {
        List<CsvRecord> records = read("a,b\r\nc,d\ne,f\rg,h");
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h")), fields(records));
        assertEquals(List.of(1L, 2L, 3L, 4L), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotes() {
        List<CsvRecord> records = read("氏名,備考\n\"山田,太郎\",\"1行目\r\n2行目 \"\"要介護\"\"\"\n次,x\n");
        assertEquals(List.of("山田,太郎", "1行目\n2行目 \"要介護\""), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "the line count goes on past the break inside quotes");
    }

    @Test
    void emptyFieldsAndEmptyQuotedFieldsAreEmpty() {
        assertEquals(List.of("", "", "x", ""), read(",\"\",x,\n").get(0).fields());
    }

    @Test
    void skipsEmptyLinesButNumbersRecordsAndLinesAsInTheFile() {
        List<CsvRecord> records = read("h\n\na\n\n\nb\n");
        assertEquals(List.of(0L, 1L, 2L), records.stream().map(CsvRecord::ordinal).toList());
        assertEquals(List.of(1L, 3L, 6L), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void aRecordWithTextAfterAClosingQuoteIsBrokenAndReadingGoesOn() {
        List<CsvRecord> records = read("a,b\n\"x\"y,z\nc,d\n");
        assertTrue(records.get(1).broken().isPresent());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("c", "d"), records.get(2).fields());
        assertFalse(records.get(2).broken().isPresent());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldBreaksItsRecordOnly() {
        List<CsvRecord> records = read("a,b\nx,5\"y\nc,d\n");
        assertTrue(records.get(1).broken().isPresent());
        assertEquals(List.of("c", "d"), records.get(2).fields());
    }

    @Test
    void aQuoteThatNeverClosesStopsTheImportNamingTheLineItOpenedOn() {
        ImportFileException e = assertThrows(ImportFileException.class, () -> read("a,b\nc,d\ne,\"f\ng,h\n"));
        assertEquals(ImportFileException.Reason.UNTERMINATED_QUOTE, e.reason());
        assertEquals(3, e.line().orElseThrow());
        assertTrue(e.getMessage().startsWith("line 3:"));
    }

    @Test
    void aFieldPastTheLengthLimitStopsTheImport() {
        String text = "a\n\"" + "x".repeat(200) + "\n";
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, new ImportLimits(1000, 100, 10)));
        assertEquals(ImportFileException.Reason.FIELD_TOO_LONG, e.reason());
        assertEquals(2, e.line().orElseThrow());
    }

    @Test
    void tooManyColumnsStopTheImport() {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> read("a,b,c,d\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, new ImportLimits(1000, 100, 3)));
        assertEquals(ImportFileException.Reason.TOO_MANY_COLUMNS, e.reason());
    }

    @Test
    void readsShiftJisWithExtensionCharacters() {
        byte[] sjis = "氏名\n髙橋 﨑子\n①番 ㈱\n".getBytes(MS932);
        assertEquals(List.of(List.of("氏名"), List.of("髙橋 﨑子"), List.of("①番 ㈱")), fields(read(sjis, MS932, ImportLimits.DEFAULT)));
    }

    @Test
    void shiftJisReadAsUtf8FailsOnTheLineWhereItStarts() {
        byte[] ascii = "name\nabc\ndef\n".getBytes(StandardCharsets.US_ASCII);
        byte[] sjis = "髙橋\n".getBytes(MS932);
        byte[] file = new byte[ascii.length + sjis.length];
        System.arraycopy(ascii, 0, file, 0, ascii.length);
        System.arraycopy(sjis, 0, file, ascii.length, sjis.length);
        ImportFileException e = assertThrows(ImportFileException.class, () -> read(file, StandardCharsets.UTF_8, ImportLimits.DEFAULT));
        assertEquals(ImportFileException.Reason.WRONG_ENCODING, e.reason());
        assertEquals(4, e.line().orElseThrow());
    }

    @Test
    void holdsOneRecordAtATimeOverALongFile() {
        String header = "a,b\n";
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < 200_000; i++) {
            text.append(i).append(",\"x\ny\"\n");
        }
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ImportLimits.DEFAULT)) {
            long count = 0;
            Optional<CsvRecord> record;
            CsvRecord last = null;
            while ((record = reader.next()).isPresent()) {
                last = record.get();
                count++;
            }
            assertEquals(200_001, count);
            assertEquals(List.of("199999", "x\ny"), last.fields());
            assertEquals(1 + 2 * 199_999 + 1, last.line());
        }
    }

    private static List<CsvRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ImportLimits.DEFAULT);
    }

    private static List<CsvRecord> read(byte[] bytes, Charset charset, ImportLimits limits) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), charset, limits)) {
            Optional<CsvRecord> record;
            while ((record = reader.next()).isPresent()) {
                records.add(record.get());
            }
        }
        return records;
    }

    private static List<List<String>> fields(List<CsvRecord> records) {
        return records.stream().map(CsvRecord::fields).toList();
    }
}
