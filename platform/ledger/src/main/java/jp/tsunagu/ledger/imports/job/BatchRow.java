package jp.tsunagu.ledger.imports.job;

import java.util.UUID;

/** The stored state of an import batch, as the job needs it to resume. */
record BatchRow(UUID id, String status, long checkpointRow, long rowsRead, long rowsAccepted, long rowsDuplicate,
                long rowsRejected, String failure) {
}
