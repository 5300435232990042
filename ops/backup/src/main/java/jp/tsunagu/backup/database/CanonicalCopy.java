package jp.tsunagu.backup.database;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The COPY statements of one table, and with them the definition of its checksum: the SHA-256 of the COPY text
 * (under {@link CopySettings}) of the listed columns, rows ordered by the primary key, or by the whole row's text for
 * a table without one. Text columns are ordered by code point ({@code COLLATE "C"}) so the order, and the checksum, do
 * not depend on the database's collation: a schema restored into another database gives the same checksum.
 */
public record CanonicalCopy(String schema, String table, List<String> columns, List<String> orderBy, Set<String> collatable) {

    public CanonicalCopy {
        columns = List.copyOf(columns);
        orderBy = List.copyOf(orderBy);
        collatable = Set.copyOf(collatable);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + table + " has no columns to copy");
        }
        if (!columns.containsAll(orderBy)) {
            throw new IllegalArgumentException("table " + table + " is ordered by columns it does not list");
        }
    }

    /** Ordered by the shape's primary key. */
    public static CanonicalCopy of(String schema, TableShape shape) {
        return new CanonicalCopy(schema, shape.name(), shape.columns(), shape.primaryKey(), shape.collatable());
    }

    public String copyOut() {
        return "COPY (SELECT " + columnList() + " FROM " + SqlNames.qualified(schema, table) + " ORDER BY " + order()
                + ") TO STDOUT";
    }

    public String copyIn() {
        return "COPY " + SqlNames.qualified(schema, table) + " (" + columnList() + ") FROM STDIN";
    }

    private String columnList() {
        return columns.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
    }

    private String order() {
        if (orderBy.isEmpty()) {
            return "ROW(" + columnList() + ")::text COLLATE \"C\"";
        }
        return orderBy.stream()
                .map(column -> SqlNames.quote(column) + (collatable.contains(column) ? " COLLATE \"C\"" : ""))
                .collect(Collectors.joining(", "));
    }
}
