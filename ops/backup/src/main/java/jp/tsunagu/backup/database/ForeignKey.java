package jp.tsunagu.backup.database;

/** A foreign key between two tables of one schema; a deferrable one can be checked at the end of a load. */
public record ForeignKey(String table, String referencedTable, boolean deferrable) {
}
