/**
 * Imports of source records from CSV files: shelter rosters, outreach visit sheets, call-centre intakes, resident
 * register extracts and the standard Tsunagu format (docs/import-format.md).
 *
 * <p>{@code csv}: one pass to hash the file and detect its encoding (UTF-8 with or without BOM, else Windows-31J),
 * then a streaming RFC 4180 reader. {@code profile}: column mapping profiles as data (JSON), built in or stored per
 * tenant. {@code row}: each row interpreted and validated into a record or a list of problems (field and reason code,
 * never a value). {@code job}: the import job, which writes in chunks through COPY into a staging table, commits a
 * checkpoint with each chunk (so it resumes after a crash), skips what it stored before (file hash, row fingerprint)
 * and reports progress; the batch as stored, readable and cancellable from any node. {@code control}: uploads taken in
 * (access, streaming to disk, a check of the whole file, admission, a copy in the tenant's schema) and run in the
 * background on a managed executor, then linked; imports of a node that died taken over by another; who sees which
 * import. {@code boundary}: the REST API ({@code /api/v1/disasters/{id}/imports},
 * {@code /api/v1/import-profiles}).
 */
package jp.tsunagu.ledger.imports;
