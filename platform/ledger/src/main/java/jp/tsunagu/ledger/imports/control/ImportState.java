package jp.tsunagu.ledger.imports.control;

import java.util.List;
import java.util.Optional;

import jp.tsunagu.ledger.imports.job.BatchLinkage;
import jp.tsunagu.ledger.imports.job.RowError;
import jp.tsunagu.ledger.imports.job.StoredBatch;

/**
 * An import as the API shows it: the batch as stored, its phase and progress, and, when one import is read, what
 * linkage made of its records and a page of its rejected rows.
 */
public record ImportState(StoredBatch batch, BatchPhase phase, ImportProgressReading progress,
                          Optional<BatchLinkage> linkage, Optional<ErrorPage> errors) {

    /** A page of the rejected rows still awaiting correction: {@code totalRows} of them, this page's problems by row. */
    public record ErrorPage(long totalRows, long offset, int limit, List<RowError> errors) {
    }

    ImportState with(BatchLinkage linkage, ErrorPage errors) {
        return new ImportState(batch, phase, progress, Optional.of(linkage), Optional.of(errors));
    }
}
