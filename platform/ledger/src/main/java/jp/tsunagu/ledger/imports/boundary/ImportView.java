package jp.tsunagu.ledger.imports.boundary;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import jp.tsunagu.ledger.imports.control.ImportProgressReading;
import jp.tsunagu.ledger.imports.control.ImportState;
import jp.tsunagu.ledger.imports.job.BatchLinkage;
import jp.tsunagu.ledger.imports.job.RowError;
import jp.tsunagu.ledger.imports.job.StoredBatch;

/**
 * An import as the API shows it. The list shows the summary (no linkage, no errors); one import adds what linkage made
 * of its records and a page of its rejected rows. Row errors name the row, the line, the field and a reason code, never
 * a value from the file.
 */
public record ImportView(String id, String disasterId, String fileName, String profile, String sourceKind,
                         String encoding, long byteSize, String importedBy, Instant startedAt, Instant finishedAt,
                         String phase, Boolean alreadyImported, String failure, Progress progress, Counts counts,
                         List<String> unusedColumns, List<String> missingFields, Linkage linkage, Errors errors,
                         Links links) {

    /** Progress: live when the job runs on the node that answered, else as of {@code asOf} (its last checkpoint). */
    public record Progress(long rowsDone, double rowsPerSecond, double fractionDone, Long etaSeconds, boolean live,
                           Instant asOf) {
    }

    public record Counts(long read, long stored, long duplicates, long rejected) {
    }

    /** Records linked to persons known before, new persons, new persons with a candidate to review, not linked yet. */
    public record Linkage(long linked, long newPersons, long forReview, long unlinked) {
    }

    /** A page of the rejected rows awaiting correction; {@code total} counts rows. */
    public record Errors(long total, long offset, int limit, List<Row> rows) {
    }

    public record Row(long row, long line, List<Problem> problems) {
    }

    /** A field id (or {@code row} for the row as a whole), a reason code and what it means. */
    public record Problem(String field, String reason, String message) {
    }

    public record Links(URI self, URI report, URI rejectedRows, URI cancellation) {
    }

    static ImportView of(ImportState state, Boolean alreadyImported, UriInfo uri) {
        StoredBatch batch = state.batch();
        StoredBatch.Counts counts = batch.counts();
        ImportProgressReading progress = state.progress();
        return new ImportView(batch.id().toString(), batch.disasterId().toString(), batch.fileName(), batch.profileName(),
                batch.sourceKind().name(), batch.encoding(), batch.byteSize(), batch.importedBy().username(),
                batch.startedAt(), batch.finishedAt().orElse(null), state.phase().name(), alreadyImported,
                batch.failure().orElse(null),
                new Progress(progress.rowsDone(), progress.rowsPerSecond(), progress.fractionDone(),
                        progress.eta().map(Duration::toSeconds).orElse(null), progress.live(),
                        progress.asOf().orElse(null)),
                new Counts(counts.read(), counts.accepted(), counts.duplicate(), counts.rejected()),
                batch.unusedColumns(), batch.missingFields(),
                state.linkage().map(ImportView::linkage).orElse(null),
                state.errors().map(ImportView::errors).orElse(null),
                links(batch, uri));
    }

    private static Linkage linkage(BatchLinkage linkage) {
        return new Linkage(linkage.linked(), linkage.created(), linkage.forReview(), linkage.unlinked());
    }

    private static Errors errors(ImportState.ErrorPage page) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (RowError error : page.errors()) {
            rows.computeIfAbsent(error.rowNumber(), n -> new Row(n, error.line(), new ArrayList<>())).problems()
                    .add(new Problem(error.problem().field(), error.problem().code().name(),
                            error.problem().code().japanese()));
        }
        return new Errors(page.totalRows(), page.offset(), page.limit(), List.copyOf(rows.values()));
    }

    static Links links(StoredBatch batch, UriInfo uri) {
        var self = uri.getBaseUriBuilder().path("disasters/{disasterId}/imports/{batchId}");
        Object[] ids = {batch.disasterId(), batch.id()};
        return new Links(self.build(ids), self.clone().path("report.csv").build(ids),
                self.clone().path("rejected-rows.csv").build(ids), self.clone().path("cancellation").build(ids));
    }
}
