package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.ledger.testing.StandardImport;
import jp.tsunagu.ledger.testing.TestDatabase;

/**
 * A run over a batch larger than a page: pages are decided on the caller's thread, written on the page writer and
 * summarised on the summary writer; every record ends up with exactly one link, every person with a summary, and a
 * second run finds nothing left to link.
 */
class LinkingRunOnPostgresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    // A full page (10,000) and part of a second: the second is decided while the first is written.
    private static final int ROWS = 10_003;

    @TempDir
    Path directory;

    @Test
    void aBatchOfSeveralPagesIsLinkedWholeEachRecordOnceAndASecondRunLinksNothing() {
        TestDatabase database = TestDatabase.fresh();
        UUID disaster = database.disaster("能登 計画", "ACTIVE");
        LocalDate first = LocalDate.of(1940, 1, 1);
        UUID batch = StandardImport.importAndLink(database, disaster, directory, CLOCK, IntStream.range(0, ROWS)
                .mapToObj(i -> "P-" + i + ",2024/1/2,渡辺 " + i + ",,"
                        + first.plusDays(i).toString().replace('-', '/') + ",女,石川県輪島市河井町" + (i % 50 + 1) + "-1,,,,")
                .toArray(String[]::new));

        assertEquals(ROWS, database.count("SELECT count(*) FROM tenant_17.ledger_source_record r WHERE r.batch_id = ?"
                + " AND (SELECT count(*) FROM tenant_17.ledger_record_link l WHERE l.record_id = r.id AND l.state = 'ACTIVE') = 1",
                batch), "every record of every page linked once");
        assertEquals(ROWS, database.count("SELECT count(DISTINCT l.person_id) FROM tenant_17.ledger_record_link l"
                + " WHERE l.disaster_id = ? AND l.state = 'ACTIVE'", disaster), "different people stay different persons");
        assertEquals(ROWS, database.count("SELECT count(*) FROM tenant_17.ledger_person_summary WHERE disaster_id = ?", disaster),
                "the summaries of the last page too");
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.ledger_import_batch WHERE id = ? AND linked_at IS NOT NULL",
                batch));

        LinkingReport again = new LinkingRun(database.dataSource(), new ExactKeyMatcher(), CLOCK)
                .link(TestDatabase.ISHIKAWA, disaster, batch, StandardImport.STAFF);
        assertEquals(0, again.total());
        assertEquals(ROWS, database.count("SELECT count(*) FROM tenant_17.ledger_record_link WHERE disaster_id = ?", disaster));
    }
}
