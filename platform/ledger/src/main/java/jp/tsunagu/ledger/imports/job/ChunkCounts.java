package jp.tsunagu.ledger.imports.job;

/** What one chunk did: rows read, stored, already stored before (duplicates), rejected. */
record ChunkCounts(long read, long accepted, long duplicate, long rejected) {
}
