package jp.tsunagu.ledger.dropbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettledFilesTest {

    private static final Path FILE = Path.of("in/roster.csv");
    private static final Instant T0 = Instant.parse("2026-01-10T00:00:00Z");

    @Test
    void aFileIsTakenOnlyWhenTwoScansSeeItUnchangedAndSettled() {
        SettledFiles files = new SettledFiles(Duration.ofSeconds(2));
        SettledFiles.Seen seen = new SettledFiles.Seen(FILE, 100, T0);
        assertEquals(List.of(), files.settled(List.of(seen), T0.plusSeconds(5)), "first sight: wait for the next scan");
        assertEquals(List.of(FILE), files.settled(List.of(seen), T0.plusSeconds(10)));
    }

    @Test
    void aGrowingFileIsNotTaken() {
        SettledFiles files = new SettledFiles(Duration.ofSeconds(2));
        files.settled(List.of(new SettledFiles.Seen(FILE, 100, T0)), T0.plusSeconds(5));
        assertEquals(List.of(), files.settled(List.of(new SettledFiles.Seen(FILE, 200, T0.plusSeconds(6))), T0.plusSeconds(10)));
        assertEquals(List.of(FILE), files.settled(List.of(new SettledFiles.Seen(FILE, 200, T0.plusSeconds(6))), T0.plusSeconds(15)));
    }

    @Test
    void aFileTouchedJustNowWaitsEvenIfUnchangedBetweenScans() {
        SettledFiles files = new SettledFiles(Duration.ofSeconds(2));
        SettledFiles.Seen seen = new SettledFiles.Seen(FILE, 100, T0);
        files.settled(List.of(seen), T0);
        assertEquals(List.of(), files.settled(List.of(seen), T0.plusSeconds(1)));
    }

    @Test
    void aTakenFileOfTheSameNameStartsOver() {
        SettledFiles files = new SettledFiles(Duration.ofSeconds(2));
        SettledFiles.Seen seen = new SettledFiles.Seen(FILE, 100, T0);
        files.settled(List.of(seen), T0.plusSeconds(5));
        files.taken(FILE);
        assertEquals(List.of(), files.settled(List.of(seen), T0.plusSeconds(10)));
    }
}
