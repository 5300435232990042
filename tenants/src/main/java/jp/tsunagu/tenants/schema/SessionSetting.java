package jp.tsunagu.tenants.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** The value a setting has on a fresh connection of a pool, for the start-up checks of how connections begin. */
final class SessionSetting {

    private SessionSetting() {
    }

    static String of(DataSource dataSource, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1).strip();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the connections' " + name + " (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
