/**
 * One tenant's schema to a single archive file and back: the per-tenant logical backup for the restore drill and for
 * moving one prefecture to another database (production backups of the whole database are CloudNativePG's).
 * <p>
 * {@link jp.tsunagu.backup.TenantBackup} reads the schema in one REPEATABLE READ, READ ONLY transaction and streams
 * every base table with {@code COPY ... TO STDOUT} into a zip file; the manifest records the changesets applied, and per
 * table its columns, row count and the SHA-256 of its rows in canonical order. {@link jp.tsunagu.backup.TenantRestore}
 * checks the archive and the release's changesets first, then creates the schema with the release's own migrations
 * (constraints, indexes and all), loads the rows with {@code COPY ... FROM STDIN} in one transaction, checks the
 * foreign keys and every table's count and checksum before it commits.
 * <p>
 * Decisions: JDBC COPY instead of {@code pg_dump}, whose client must match the server's version and is not on every
 * machine; migrations instead of DDL from the archive, so a restored schema is exactly what the release expects;
 * nothing of a table's content ever reaches a log or a message (names, counts and checksums only).
 */
package jp.tsunagu.backup;
