package jp.tsunagu.backup.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where a sequence stood. A restore sets it back exactly (not to the largest key in a table), which holds for any
 * sequence, whether a column owns it or not.
 */
public record SequenceState(String name, long lastValue, boolean isCalled) {

    public static SequenceState read(Connection connection, String schema, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_value, is_called FROM " + SqlNames.qualified(schema, name));
             ResultSet row = query.executeQuery()) {
            row.next();
            return new SequenceState(name, row.getLong(1), row.getBoolean(2));
        }
    }

    public void restore(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            statement.setString(1, SqlNames.qualified(schema, name));
            statement.setLong(2, lastValue);
            statement.setBoolean(3, isCalled);
            statement.execute();
        }
    }
}
