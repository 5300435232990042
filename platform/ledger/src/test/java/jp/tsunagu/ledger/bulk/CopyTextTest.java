package jp.tsunagu.ledger.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.testing.TestDatabase;

/** What COPY stores is what was given: separators, line breaks and backslashes inside values, NULL, bytes. */
class CopyTextTest {

    private final TestDatabase database = TestDatabase.fresh();

    @Test
    void valuesArriveAsGivenAndTheBufferIsEmptyAfterwards() throws SQLException {
        try (Connection db = database.dataSource().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE public.copied (n int, t text, b bytea)");
            CopyText rows = new CopyText(16);
            rows.value(1).value("髙橋\t裕子\n輪島\\河井町\r").bytes(new byte[] {0, 1, (byte) 0xFF});
            rows.endRow();
            rows.value(2).value(null).bytes(null);
            rows.endRow();

            assertEquals(2, rows.copyInto(db, "COPY public.copied (n, t, b) FROM STDIN"));
            assertTrue(rows.isEmpty());
            assertEquals(0, rows.copyInto(db, "COPY public.copied (n, t, b) FROM STDIN"), "nothing to send");

            try (ResultSet stored = sql.executeQuery("SELECT t, b FROM public.copied ORDER BY n")) {
                stored.next();
                assertEquals("髙橋\t裕子\n輪島\\河井町\r", stored.getString(1));
                assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, stored.getBytes(2));
                stored.next();
                assertNull(stored.getString(1));
                assertNull(stored.getBytes(2));
            }
        }
    }
}
