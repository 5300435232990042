package jp.tsunagu.backup.database;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table as the backup sees it: its name, the columns COPY reads and writes (in the table's order; generated columns
 * are left out, since they cannot be written), its primary key, and which columns have a collation.
 */
public record TableShape(String name, List<String> columns, List<String> primaryKey, Set<String> collatable) {

    public TableShape {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        collatable = Set.copyOf(collatable);
    }
}
