package jp.tsunagu.ledger.imports.job;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of an import: the batch, what the file was, the counts, every row-level error, the file's columns no
 * field used and the profile's fields the file lacked. {@code alreadyImported}: the same file with the same profile
 * was imported before, and nothing was stored again.
 */
public record ImportReport(UUID batchId, String fileName, String sha256, String encoding, String status,
                           boolean alreadyImported, long rowsRead, long rowsAccepted, long rowsDuplicate, long rowsRejected,
                           List<RowError> errors, List<String> unusedColumns, List<String> missingFields,
                           Optional<String> failure) {

    public ImportReport {
        errors = List.copyOf(errors);
        unusedColumns = List.copyOf(unusedColumns);
        missingFields = List.copyOf(missingFields);
    }
}
