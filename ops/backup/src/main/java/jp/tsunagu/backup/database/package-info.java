/**
 * The database side: the schema's tables, keys and sequences from the catalogue, the COPY statements and session
 * settings that define a table's checksum, and the order that satisfies foreign keys during a load.
 */
package jp.tsunagu.backup.database;
