package jp.tsunagu.backup.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What PostgreSQL's catalogue says about one schema: its base tables (partitioned tables once, as their parent, which
 * COPY reads and writes whole), their columns, keys and foreign keys, its sequences. Reads names, never rows.
 */
public final class SchemaCatalogue {

    private static final String TABLES = "SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname";
    private static final String COLUMNS = "SELECT a.attname, a.attcollation <> 0 FROM pg_attribute a"
            + " WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum";
    private static final String PRIMARY_KEY = "SELECT a.attname FROM pg_index i"
            + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)"
            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
            + " WHERE i.indrelid = ?::oid AND i.indisprimary ORDER BY k.position";
    private static final String FOREIGN_KEYS = "SELECT child.relname, parent.relname, f.condeferrable FROM pg_constraint f"
            + " JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid"
            + " JOIN pg_namespace n ON n.oid = f.connamespace"
            + " WHERE f.contype = 'f' AND n.nspname = ? AND parent.relnamespace = n.oid ORDER BY f.conname";
    private static final String SEQUENCES = "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind = 'S' ORDER BY c.relname";
    private static final String RELATIONS = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ?";

    private final Connection connection;
    private final String schema;

    public SchemaCatalogue(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    /** Tables, indexes, sequences, views: anything that makes the schema not empty. */
    public long relations() throws SQLException {
        return query(RELATIONS, schema, rows -> rows.getLong(1)).getFirst();
    }

    public List<TableShape> tables() throws SQLException {
        List<TableShape> tables = new ArrayList<>();
        for (Named table : query(TABLES, schema, rows -> new Named(rows.getLong(1), rows.getString(2)))) {
            tables.add(shape(table));
        }
        return tables;
    }

    public List<ForeignKey> foreignKeys() throws SQLException {
        return query(FOREIGN_KEYS, schema, rows -> new ForeignKey(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
    }

    public List<String> sequences() throws SQLException {
        return query(SEQUENCES, schema, rows -> rows.getString(1));
    }

    private record Named(long oid, String name) {
    }

    private record Column(String name, boolean collatable) {
    }

    private TableShape shape(Named table) throws SQLException {
        List<Column> columns = query(COLUMNS, table.oid(), rows -> new Column(rows.getString(1), rows.getBoolean(2)));
        Set<String> collatable = columns.stream().filter(Column::collatable).map(Column::name).collect(Collectors.toSet());
        return new TableShape(table.name(), columns.stream().map(Column::name).toList(),
                query(PRIMARY_KEY, table.oid(), rows -> rows.getString(1)), collatable);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Row<T> row) throws SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(row.read(rows));
                }
            }
        }
        return values;
    }
}
