package jp.tsunagu.backup.archive;

import java.util.List;
import java.util.Objects;

import jp.tsunagu.backup.database.TableDigest;

/**
 * One table in the archive: its columns in the order of the COPY text, the columns its rows are ordered by (its
 * primary key; none for a table without one), and the count and checksum of the rows.
 */
public record TableEntry(String name, List<String> columns, List<String> orderBy, TableDigest digest) {

    public static final String PREFIX = "tables/";
    public static final String SUFFIX = ".copy";

    public TableEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        columns = List.copyOf(columns);
        orderBy = List.copyOf(orderBy);
    }

    /** The zip entry that holds the table's COPY text. */
    public String entryName() {
        return entryName(name);
    }

    public static String entryName(String table) {
        return PREFIX + table + SUFFIX;
    }
}
