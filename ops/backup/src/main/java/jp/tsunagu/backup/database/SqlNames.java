package jp.tsunagu.backup.database;

import java.util.regex.Pattern;

/**
 * Table, column and sequence names as they reach SQL. Names come from the catalogue at backup and from the archive's
 * manifest at restore, which is input from a file: only plain lower-case names are accepted, and they are quoted too.
 */
public final class SqlNames {

    private static final Pattern PLAIN = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private SqlNames() {
    }

    public static boolean isPlain(String name) {
        return name != null && PLAIN.matcher(name).matches();
    }

    /** The name checked and double-quoted. */
    public static String quote(String name) {
        if (!isPlain(name)) {
            throw new IllegalArgumentException("not a plain lower-case SQL name: refusing to put it in SQL");
        }
        return '"' + name + '"';
    }

    /** {@code "schema"."name"}. */
    public static String qualified(String schema, String name) {
        return quote(schema) + '.' + quote(name);
    }
}
