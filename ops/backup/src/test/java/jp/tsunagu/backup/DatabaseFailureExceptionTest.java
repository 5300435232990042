package jp.tsunagu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import jp.tsunagu.backup.testing.TestDatabase;

class DatabaseFailureExceptionTest {

    @Test
    void keepsTheStateAndTheConstraintButNotTheValuesTheServerQuotes() throws SQLException {
        TestDatabase database = TestDatabase.withTenant17();
        String insert = "INSERT INTO tenant_17.support_organisation (id, name, kind, registered_at)"
                + " VALUES (gen_random_uuid(), '山田 太郎の会', 'NPO', now())";
        database.execute(insert);
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            SQLException duplicate = assertThrows(SQLException.class, () -> statement.execute(insert));
            assertTrue(duplicate.getMessage().contains("山田 太郎の会"), "the server's own message quotes the value");

            DatabaseFailureException failure = new DatabaseFailureException("loading", duplicate);
            assertEquals("loading failed: SQL state 23505, constraint support_organisation_name_uk, table support_organisation"
                    + " (two rows have the same key)", failure.getMessage());
            assertFalse(failure.getMessage().contains("山田"));
            assertNull(failure.getCause(), "the driver's exception, which quotes the value, is not kept for a log to print");
        }
    }
}
