package jp.tsunagu.ledger.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.ledger.record.JsonText;

/**
 * Rows for one table written as a JSON array of objects, so that the rows of several tables reach PostgreSQL in one
 * round trip ({@link #insertAll}: one {@code json_populate_recordset} insert per table, sent together). For small
 * groups written often (self-reports), where a COPY per table costs two round trips each; bulk imports keep COPY.
 * Values go by their {@code toString} (null is SQL NULL) and PostgreSQL reads them as the column's type.
 */
public final class JsonRows {

    private final String table;
    private final List<String> columns;
    private final StringBuilder json = new StringBuilder(1024).append('[');
    private int column;
    private int rows;

    /** {@code table} and {@code columns} are SQL names of this code, never input. */
    public JsonRows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** The next column's value of the current row. */
    public JsonRows value(Object value) {
        if (column >= columns.size()) {
            throw new IllegalStateException("more values than the " + columns.size() + " columns of " + table);
        }
        json.append(column == 0 ? (rows == 0 ? "{" : ",{") : ",");
        JsonText.string(json, columns.get(column));
        json.append(':');
        if (value == null) {
            json.append("null");
        } else {
            JsonText.string(json, value.toString());
        }
        column++;
        return this;
    }

    public void endRow() {
        if (column != columns.size()) {
            throw new IllegalStateException("a row of " + table + " has " + column + " of its " + columns.size() + " values");
        }
        json.append('}');
        column = 0;
        rows++;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    private String insert() {
        String names = String.join(", ", columns);
        return "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM json_populate_recordset(NULL::" + table
                + ", ?::json)";
    }

    /** Inserts the rows of every table that has some, in the order given (parents first), in one round trip. */
    public static void insertAll(Connection db, JsonRows... tables) throws SQLException {
        List<JsonRows> filled = new ArrayList<>();
        for (JsonRows rows : tables) {
            if (!rows.isEmpty()) {
                filled.add(rows);
            }
        }
        if (filled.isEmpty()) {
            return;
        }
        // One statement text of several inserts: the driver sends them all before it waits for an answer.
        try (PreparedStatement insert = db.prepareStatement(String.join("; ", filled.stream().map(JsonRows::insert).toList()))) {
            for (int i = 0; i < filled.size(); i++) {
                insert.setString(i + 1, filled.get(i).json + "]");
            }
            insert.execute();
        }
    }
}
