package jp.tsunagu.backup.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.backup.database.SqlNames;

/** The changesets Liquibase recorded as applied in a schema (its own DATABASECHANGELOG table), in the order it ran them. */
public final class AppliedChangesets {

    public static final String TABLE = "databasechangelog";

    private AppliedChangesets() {
    }

    public static List<ChangesetId> read(Connection connection, String schema) throws SQLException {
        List<ChangesetId> applied = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT filename, id, author FROM "
                + SqlNames.qualified(schema, TABLE) + " ORDER BY orderexecuted, dateexecuted");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                applied.add(new ChangesetId(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return applied;
    }
}
