package jp.tsunagu.ledger.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.testing.TestDatabase;

/** Rows sent as JSON arrive typed as their columns, quotes and line breaks intact, parents before children. */
class JsonRowsTest {

    private final TestDatabase database = TestDatabase.fresh();

    @Test
    void rowsOfSeveralTablesArriveAsGivenInTheOrderGiven() throws SQLException {
        try (Connection db = database.dataSource().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE public.parent (id uuid PRIMARY KEY, born date, at timestamptz, ok boolean, score double precision)");
            sql.execute("CREATE TABLE public.child (parent_id uuid NOT NULL REFERENCES public.parent(id), note text)");
            UUID id = UUID.randomUUID();
            Instant at = Instant.parse("2026-01-10T03:04:05.123456Z");
            JsonRows parents = new JsonRows("public.parent", "id", "born", "at", "ok", "score");
            parents.value(id).value(LocalDate.of(1950, 3, 4)).value(at).value(true).value(0.875);
            parents.endRow();
            JsonRows children = new JsonRows("public.child", "parent_id", "note");
            children.value(id).value("髙橋 \"裕子\"\n輪島\\河井町\t{1,2}");
            children.endRow();
            children.value(id).value(null);
            children.endRow();
            JsonRows none = new JsonRows("public.child", "parent_id", "note");

            JsonRows.insertAll(db, parents, none, children);

            try (ResultSet stored = sql.executeQuery("SELECT p.born, p.at, p.ok, p.score, c.note FROM public.parent p"
                    + " JOIN public.child c ON c.parent_id = p.id ORDER BY c.note NULLS LAST")) {
                assertTrue(stored.next());
                assertEquals(LocalDate.of(1950, 3, 4), stored.getObject(1, LocalDate.class));
                assertEquals(at, stored.getObject(2, java.time.OffsetDateTime.class).toInstant());
                assertTrue(stored.getBoolean(3));
                assertEquals(0.875, stored.getDouble(4));
                assertEquals("髙橋 \"裕子\"\n輪島\\河井町\t{1,2}", stored.getString(5));
                assertTrue(stored.next());
                assertNull(stored.getString(5));
                assertFalse(stored.next());
            }
        }
    }

    @Test
    void aRowMustHaveExactlyItsColumns() {
        JsonRows rows = new JsonRows("public.parent", "id", "born");
        rows.value(UUID.randomUUID());
        assertThrows(IllegalStateException.class, rows::endRow);
        rows.value(null);
        assertThrows(IllegalStateException.class, () -> rows.value("one too many"));
        rows.endRow();
        assertFalse(rows.isEmpty());
    }
}
