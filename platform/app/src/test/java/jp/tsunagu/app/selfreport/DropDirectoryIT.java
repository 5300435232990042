package jp.tsunagu.app.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.app.it.PlatformIT;

/**
 * A partner without an API drops CSV files: each is imported through the same pipeline as an upload (validation,
 * report, rejected rows), moved aside, answered in {@code out}; a file still being written is left alone until it
 * settles; the same file dropped again is stored once.
 */
class DropDirectoryIT extends PlatformIT {

    private static final String HEADER = "氏名,ふりがな,生年月日,性別,住所,居所\r\n";

    @Test
    void droppedFilesAreImportedOnceWithTheirReportsAndAGrowingFileWaits() throws Exception {
        String disaster = platform.noto();
        String id = shortId();
        Path root = Path.of(System.getProperty("tsunagu.it.dropbox.directory"), "17", disaster);
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        String content = HEADER + "能登 花" + id + ",のと はな,1950-01-02,女,石川県輪島市河井町1-1,金沢市の親戚宅\r\n"
                + "能登 誤" + id + ",のと ご,1950-13-40,女,石川県輪島市河井町1-2,\r\n";

        // A file being written: its first half, then the rest a few scans later.
        Path growing = in.resolve("visits-" + id + ".csv");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(growing)) {
            file.write(bytes, 0, HEADER.getBytes(StandardCharsets.UTF_8).length + 5);
            file.flush();
            for (int i = 0; i < 4; i++) {
                Thread.sleep(700);
                file.write(' ');
                file.flush();
                assertTrue(Files.exists(growing), "a file still growing is not taken");
            }
        }
        Files.write(growing, bytes);
        Path report = out.resolve("visits-" + id + ".csv.report.csv");
        await(report);
        assertFalse(Files.exists(growing), "the file was moved aside");
        assertTrue(Files.exists(out.resolve("visits-" + id + ".csv.rejected-rows.csv")), "the rejected row is answered");
        assertEquals(1, records("能登 花" + id));

        // The same file again, under another name: recognised by its content and stored once.
        Files.write(in.resolve("again-" + id + ".csv"), bytes);
        Path second = out.resolve("again-" + id + ".csv.report.csv");
        await(second);
        assertEquals(1, records("能登 花" + id));
        List<String> lines = Files.readAllLines(second, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(line -> line.contains("取込済み")),
                () -> "the report says it was imported before: " + lines);
    }

    private static void await(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(Files.exists(file), () -> "no " + file.getFileName() + " in out");
    }

    private static int records(String name) throws SQLException, IOException {
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM tenant_17.ledger_source_record WHERE full_name = ? AND received_by_subject = 'dropbox'")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
