package jp.tsunagu.backup.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CanonicalCopyTest {

    @Test
    void rowsAreOrderedByThePrimaryKeyWithTextComparedByCodePoint() {
        CanonicalCopy copy = CanonicalCopy.of("tenant_17", new TableShape("service_client",
                List.of("client_id", "purpose", "registered_at"), List.of("client_id"), Set.of("client_id", "purpose")));
        assertEquals("COPY (SELECT \"client_id\", \"purpose\", \"registered_at\" FROM \"tenant_17\".\"service_client\""
                + " ORDER BY \"client_id\" COLLATE \"C\") TO STDOUT", copy.copyOut());
        assertEquals("COPY \"tenant_17\".\"service_client\" (\"client_id\", \"purpose\", \"registered_at\") FROM STDIN", copy.copyIn());
    }

    @Test
    void aTableWithoutPrimaryKeyIsOrderedByTheTextOfWholeRows() {
        CanonicalCopy copy = CanonicalCopy.of("tenant_17", new TableShape("databasechangelog", List.of("id", "author"), List.of(), Set.of()));
        assertEquals("COPY (SELECT \"id\", \"author\" FROM \"tenant_17\".\"databasechangelog\""
                + " ORDER BY ROW(\"id\", \"author\")::text COLLATE \"C\") TO STDOUT", copy.copyOut());
    }

    @Test
    void aNameThatIsNotPlainNeverReachesSql() {
        CanonicalCopy copy = new CanonicalCopy("tenant_17", "note\"; DROP SCHEMA registry; --", List.of("id"), List.of("id"), Set.of());
        assertThrows(IllegalArgumentException.class, copy::copyOut);
    }
}
