package jp.tsunagu.backup.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The session settings under which COPY's text is written and read. Output of dates, times, floats and bytes depends
 * on them, so the same rows give the same bytes (and checksum) whatever the server's or the role's defaults are, and
 * a restore reads exactly what the backup wrote. The manifest records them.
 */
public final class CopySettings {

    private static final Map<String, String> SETTINGS = new TreeMap<>(Map.of(
            "TimeZone", "UTC",
            "DateStyle", "ISO, YMD",
            "IntervalStyle", "postgres",
            // 1 (PostgreSQL 12's default): the shortest text that reads back to the same double.
            "extra_float_digits", "1",
            "bytea_output", "hex",
            "client_encoding", "UTF8"));

    private CopySettings() {
    }

    /** The settings by name, for the manifest. */
    public static Map<String, String> values() {
        return Collections.unmodifiableMap(SETTINGS);
    }

    public static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> setting : SETTINGS.entrySet()) {
                statement.execute("SET " + setting.getKey() + " = '" + setting.getValue() + "'");
            }
        }
    }
}
